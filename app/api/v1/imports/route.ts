import { z } from "zod";
import { ImportCancelled } from "@/db/queries/imports/run-import";
import { jsonError } from "@/server/auth/api-route";
import { resolveImportCaller } from "@/server/auth/import-caller";
import { importResult } from "@/server/import/import-csv";
import { importCsvInWorker } from "@/server/import/worker/import-in-worker";
import { reportArrived, reportProgress, reportReceived, reportRefresh, reportWaiting, startUpload } from "@/server/import/progress-registry";
import { withWorkspaceImport } from "@/server/import/workspace-import-lock";
import { readEnv } from "@/lib/env";
import { CSV_KINDS, isImportFileError } from "@/lib/import";
import { AppFailure } from "@/lib/result";

export const maxDuration = 3600;

const query = z.object({
  workspace: z.string().optional(),
  kind: z.enum(CSV_KINDS).optional(),
  fileName: z.string().max(255).optional(),
  format: z.string().optional(), // the preview's corrected format, as JSON
  dryRun: z.enum(["true", "false"]).optional(),
  acceptRejected: z.enum(["true", "false"]).optional(),
  withoutCustomers: z.enum(["true", "false"]).optional(), // orders with no customer column: every order a guest's
  uploadId: z.string().max(64).optional(),
});

/** POST a CSV file as the request body; answers the import summary. Same code path as the CLI. */
export async function POST(req: Request) {
  const params = new URL(req.url).searchParams;
  const declared = Number(req.headers.get("content-length") ?? NaN);
  try {
    const caller = await resolveImportCaller(req, params.get("workspace") ?? undefined);
    const q = query.safeParse(Object.fromEntries(params));
    if (!q.success) return jsonError("invalid_input", q.error.issues[0].message);
    const body = req.body;
    if (!body) return jsonError("invalid_input", "The request has no body: send the CSV file as the body.");
    const progressId = q.data.uploadId;
    const ws = caller.workspace.id;
    const summary = await withWorkspaceImport(ws, async () => {
      // Registered once this upload holds the workspace's import turn: one with the same id refused
      // here never touches its entry.
      const cancel = new AbortController();
      const end = progressId ? startUpload(ws, progressId, () => cancel.abort()) : null;
      try {
        return await importCsvInWorker(readEnv().DATABASE_PATH, {
          workspaceId: caller.workspace.id,
          timeZone: caller.workspace.timezone,
          userId: caller.userId,
          source: caller.source,
          fileName: q.data.fileName ?? null,
          bytes: countedBody(body, declared, progressId ? () => reportArrived(ws, progressId) : undefined),
          totalBytes: Number.isFinite(declared) ? declared : undefined,
          kind: q.data.kind,
          format: q.data.format ? JSON.parse(q.data.format) : undefined,
          dryRun: q.data.dryRun === "true",
          acceptRejected: q.data.acceptRejected === "true",
          withoutCustomers: q.data.withoutCustomers === "true",
          onReceived: progressId ? (b) => reportReceived(ws, progressId, b) : undefined,
          onProgress: progressId ? (p) => reportProgress(ws, progressId, p) : undefined,
          onWaitingForLock: progressId ? () => reportWaiting(ws, progressId) : undefined,
          onRefresh: progressId ? (step) => reportRefresh(ws, progressId, step) : undefined,
          // Not req.signal: Next aborts it once the body is fully read, while the import still runs.
          // An upload cut off is caught by the body stream failing or ending short; the uploader's Cancel
          // (POST /api/v1/imports/cancel) aborts this.
          signal: cancel.signal,
        });
      } finally {
        end?.();
      }
    });
    return Response.json(importResult(summary), { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof AppFailure) return jsonError(e.code, e.message);
    if (isImportFileError(e)) return jsonError("invalid_input", e.message);
    if (e instanceof ImportCancelled) return jsonError("cancelled", e.message);
    if (e instanceof SyntaxError) return jsonError("invalid_input", `The format is not valid: ${e.message}`);
    console.error(e);
    return jsonError("internal", "The import failed on the server; nothing was changed.");
  }
}

/** The request body, failing when it ends short of its Content-Length: a browser that cancels may
 * end the body early instead of failing it. */
async function* countedBody(body: ReadableStream<Uint8Array>, declared: number, arrived?: () => void): AsyncGenerator<Uint8Array> {
  let received = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    received += chunk.length;
    yield chunk;
  }
  if (Number.isFinite(declared) && received < declared) throw new ImportCancelled();
  arrived?.();
}
