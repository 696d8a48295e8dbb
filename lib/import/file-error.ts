import { z } from "zod";

export const FILE_PROBLEM_CODES = [
  "empty_file",
  "header_only",
  "missing_columns",
  "too_many_columns",
  "binary_file",
  "unterminated_quote",
  "field_too_large",
  "file_too_large",
] as const;

/** A problem with the file as a whole: nothing of it can be imported until it is fixed. */
export const fileProblemSchema = z.object({
  code: z.enum(FILE_PROBLEM_CODES),
  message: z.string(),
  fix: z.string(),
  line: z.number().int().positive().nullable(),
  column: z.string().nullable(),
});
export type FileProblem = z.infer<typeof fileProblemSchema>;

// Shared by every copy of this module (as AppFailure's, lib/result.ts): a preview refused on the report
// worker is rethrown by whichever server bundle started that worker, and must still be one in the route's.
const BRAND = Symbol.for("liftboard.ImportFileError");

export class ImportFileError extends Error {
  readonly [BRAND] = true;
  constructor(readonly problem: FileProblem) {
    super(`${problem.message} ${problem.fix}`);
    this.name = "ImportFileError";
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

export function isImportFileError(e: unknown): e is ImportFileError {
  return e instanceof ImportFileError;
}
