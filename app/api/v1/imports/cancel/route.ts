import { jsonError } from "@/server/auth/api-route";
import { resolveImportCaller } from "@/server/auth/import-caller";
import { cancelUpload, uploadQuery } from "@/server/import/progress-registry";
import { AppFailure } from "@/lib/result";

/** Asks a running upload's import to stop (cancelUpload): its own answer then says what happened,
 * 409 with nothing changed, or its summary when it was already committing. */
export async function POST(req: Request) {
  const params = new URL(req.url).searchParams;
  try {
    const caller = await resolveImportCaller(req, params.get("workspace") ?? undefined);
    const q = uploadQuery.safeParse(Object.fromEntries(params));
    if (!q.success) return jsonError("invalid_input", q.error.issues[0].message);
    return Response.json(cancelUpload(caller.workspace.id, q.data.uploadId), { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof AppFailure) return jsonError(e.code, e.message);
    throw e;
  }
}
