import { z } from "zod";
import { jsonError } from "@/server/auth/api-route";
import { getCurrentUser } from "@/server/auth/session";
import { CSV_KINDS, templateCsv } from "@/lib/import";

const query = z.object({ kind: z.enum(CSV_KINDS) });

/** The Liftboard template for a kind: its header and one example row. */
export async function GET(req: Request) {
  if (!(await getCurrentUser())) return jsonError("unauthorized", "Sign in to continue.");
  const q = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!q.success) return jsonError("invalid_input", `kind must be one of ${CSV_KINDS.join(", ")}`);
  return new Response(templateCsv(q.data.kind), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="liftboard-${q.data.kind}.csv"` },
  });
}
