import { z } from "zod";
import { openDb } from "@/db/open-db";
import { runImport, ImportCancelled } from "@/db/queries/imports/run-import";
import { getDb } from "@/db";
import { findImportFormat, saveImportFormat } from "@/db/queries/imports/import-formats";
import { jsonError } from "@/server/auth/api-route";
import { resolveImportCaller } from "@/server/auth/import-caller";
import { readEnv } from "@/lib/env";
import { CSV_KINDS, detectFormat, importFormatSchema, isImportFileError, parseRows, SAMPLE_BYTES } from "@/lib/import";
import { peekStream } from "@/lib/import/peek-stream";
import { endProgress, reportProgress } from "@/server/import/progress-registry";
import { AppFailure } from "@/lib/result";

export const maxDuration = 3600;

const query = z.object({
  workspace: z.string().optional(),
  kind: z.enum(CSV_KINDS).optional(),
  fileName: z.string().max(255).optional(),
  format: z.string().optional(), // the preview's corrected format, as JSON
  dryRun: z.enum(["true", "false"]).optional(),
  acceptRejected: z.enum(["true", "false"]).optional(),
  uploadId: z.string().max(64).optional(),
});

/** POST a CSV file as the request body; answers the import summary. Same code path as the CLI. */
export async function POST(req: Request) {
  const q = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!q.success) return jsonError("invalid_input", q.error.issues[0].message);
  if (!req.body) return jsonError("invalid_input", "The request has no body: send the CSV file as the body.");
  const declared = Number(req.headers.get("content-length") ?? NaN);
  let db: ReturnType<typeof openDb> | null = null;
  try {
    const caller = await resolveImportCaller(req, q.data.workspace);
    let received = 0;
    const counted = (async function* () {
      for await (const chunk of req.body as unknown as AsyncIterable<Uint8Array>) {
        received += chunk.length;
        yield chunk;
      }
      // A browser that cancels may end the body early instead of failing it.
      if (Number.isFinite(declared) && received < declared) throw new ImportCancelled();
    })();
    const { head, stream } = await peekStream(counted, SAMPLE_BYTES);
    const detected = () => {
      const d = detectFormat(head, { totalBytes: Number.isFinite(declared) ? declared : undefined, kind: q.data.kind }).format;
      // The same header as before is read the way it was mapped then.
      return findImportFormat(getDb(), caller.workspace.id, d.headerSignature) ?? d;
    };
    const format = q.data.format ? importFormatSchema.parse(JSON.parse(q.data.format)) : detected();
    // A connection of its own: the import's transaction stays open across awaits.
    db = openDb(readEnv().DATABASE_PATH);
    const uploadId = q.data.uploadId;
    const batches = (async function* () {
      for await (const batch of parseRows(stream, { format, timeZone: caller.workspace.timezone })) {
        if (uploadId) reportProgress(uploadId, caller.workspace.id, batch.progress);
        yield batch;
      }
    })();
    const summary = await runImport(db, {
      workspaceId: caller.workspace.id,
      userId: caller.userId,
      source: caller.source,
      fileName: q.data.fileName ?? null,
      kind: format.kind,
      batches,
      dryRun: q.data.dryRun === "true",
      acceptRejected: q.data.acceptRejected === "true",
      // Not req.signal: Next aborts it once the body is fully read, while the import still runs.
      // A cancelled upload is caught by the body stream failing or ending short.
    });
    if (summary.status === "committed") saveImportFormat(db, caller.workspace.id, format);
    if (uploadId) endProgress(uploadId);
    return Response.json(summary, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof AppFailure) return jsonError(e.code, e.message);
    if (isImportFileError(e)) return jsonError("invalid_input", e.message);
    if (e instanceof ImportCancelled) return jsonError("conflict", e.message);
    if (e instanceof z.ZodError || e instanceof SyntaxError) return jsonError("invalid_input", `The format is not valid: ${e.message}`);
    console.error(e);
    return jsonError("internal", "The import failed on the server; nothing was changed.");
  } finally {
    db?.$client.close();
  }
}
