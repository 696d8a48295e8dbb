import { z } from "zod";
import { getWorkspaceDb } from "@/db";
import { jsonError } from "@/server/auth/api-route";
import { resolveImportCaller } from "@/server/auth/import-caller";
import { readOffThread } from "@/server/reports/load-report-off-thread";
import { CSV_KINDS, isImportFileError, SAMPLE_BYTES } from "@/lib/import";
import { AppFailure } from "@/lib/result";

const query = z.object({
  workspace: z.string().optional(),
  kind: z.enum(CSV_KINDS).optional(),
  totalBytes: z.coerce.number().int().positive().optional(),
  format: z.string().optional(),
});

/** POST the first megabyte of a file: the detected (or saved, or corrected) format and the first
 * 20 rows as they will be read. */
export async function POST(req: Request) {
  const params = new URL(req.url).searchParams;
  try {
    const caller = await resolveImportCaller(req, params.get("workspace") ?? undefined);
    const q = query.safeParse(Object.fromEntries(params));
    if (!q.success) return jsonError("invalid_input", q.error.issues[0].message);
    const preview = await readOffThread(getWorkspaceDb(caller.workspace.id), "preview", {
      workspaceId: caller.workspace.id,
      timeZone: caller.workspace.timezone,
      // A copy of the part a preview reads: the worker is sent that, not whatever more was posted.
      sample: new Uint8Array(await req.arrayBuffer()).slice(0, SAMPLE_BYTES),
      totalBytes: q.data.totalBytes,
      kind: q.data.kind,
      format: q.data.format ? JSON.parse(q.data.format) : undefined,
    });
    return Response.json(preview, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof AppFailure) return jsonError(e.code, e.message);
    if (isImportFileError(e)) return jsonError("invalid_input", e.message);
    if (e instanceof SyntaxError) return jsonError("invalid_input", `The format is not valid: ${e.message}`);
    throw e;
  }
}
