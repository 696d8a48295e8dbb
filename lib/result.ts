// The one error shape every entry point (server action, route handler, CLI) returns.
export type ErrorCode = "invalid_input" | "unauthorized" | "forbidden" | "not_found" | "gone" | "conflict" | "cancelled" | "rate_limited" | "internal";
export type AppError = { code: ErrorCode; message: string; field?: string };
export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string, field?: string): Result<never> => ({
  ok: false,
  error: field ? { code, message, field } : { code, message },
});

export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  gone: 410, // a share link that expired or was revoked
  conflict: 409,
  cancelled: 409, // an import stopped at its uploader's request: nothing was changed
  rate_limited: 429,
  internal: 500,
};

// A brand shared by every copy of this module: the server's bundles each hold their own copy, and a
// failure made in one (the report worker's answer, server/reports) must still be one in another.
const BRAND = Symbol.for("liftboard.AppFailure");

export class AppFailure extends Error {
  readonly [BRAND] = true;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}
