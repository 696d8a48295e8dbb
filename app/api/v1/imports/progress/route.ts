import { jsonError } from "@/server/auth/api-route";
import { resolveImportCaller } from "@/server/auth/import-caller";
import { readProgress, uploadQuery } from "@/server/import/progress-registry";
import { AppFailure } from "@/lib/result";

/** Rows processed so far by a running upload, for its progress bar. */
export async function GET(req: Request) {
  const params = new URL(req.url).searchParams;
  try {
    const caller = await resolveImportCaller(req, params.get("workspace") ?? undefined);
    const q = uploadQuery.safeParse(Object.fromEntries(params));
    if (!q.success) return jsonError("invalid_input", q.error.issues[0].message);
    return Response.json(readProgress(caller.workspace.id, q.data.uploadId), { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof AppFailure) return jsonError(e.code, e.message);
    throw e;
  }
}
