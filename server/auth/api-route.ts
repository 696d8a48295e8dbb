import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb, getWorkspaceDb } from "@/db";
import { getMembership } from "@/db/queries/workspaces/members";
import { REPORT_SOURCES } from "@/db/queries/reports/report-sources";
import type { Role } from "@/db/schema/workspaces";
import { HTTP_STATUS, type ErrorCode, type Result } from "@/lib/result";
import { slugSchema } from "@/lib/schemas/workspace";
import { searchParamsToObject } from "@/lib/search-params";
import type { ReportKind } from "@/lib/share/report-kinds";
import { hasRole } from "../../lib/auth/roles";
import { loadReportOffThread } from "../reports/load-report-off-thread";
import { getCurrentUser } from "./session";
import { run, type ActionContext } from "./workspace-action";

export function jsonError(code: ErrorCode, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status: HTTP_STATUS[code], headers: { "Cache-Control": "no-store" } });
}

export function jsonResult<T>(result: Result<T>): NextResponse {
  if (!result.ok) return jsonError(result.error.code, result.error.message);
  return NextResponse.json(result.data, { headers: { "Cache-Control": "no-store" } });
}

type RouteCtx = { params: Promise<{ slug: string }> };

/** A GET handler for /api/v1/workspaces/[slug]/...: authorize, parse the query with zod,
 * call the query, answer JSON in the one error shape. */
export function workspaceRoute<Q extends z.ZodObject, T>(query: Q, atLeast: Role, fn: (input: z.infer<Q>, ctx: ActionContext) => T | Promise<T>) {
  return async (req: NextRequest, { params }: RouteCtx): Promise<NextResponse> => {
    const user = await getCurrentUser();
    if (!user) return jsonError("unauthorized", "Sign in to continue.");
    const slug = slugSchema.safeParse((await params).slug);
    // Membership first: a non-member learns nothing, not even which parameters a route takes.
    const workspace = slug.success ? getMembership(getDb(), user.id, slug.data) : undefined;
    if (!workspace) return jsonError("not_found", "Workspace not found.");
    if (!hasRole(workspace.role, atLeast)) return jsonError("forbidden", `This needs the ${atLeast} role.`);
    const parsed = query.safeParse(searchParamsToObject(req.nextUrl.searchParams));
    if (!parsed.success) return jsonError("invalid_input", parsed.error.issues[0].message);
    return jsonResult(await run(() => fn(parsed.data as z.infer<Q>, { db: getWorkspaceDb(workspace.id), user, workspace })));
  };
}

/** GET /api/v1/workspaces/[slug]/<kind>: a dashboard view's data, from the one registry share links
 * also read (db/queries/reports/report-sources.ts). */
export function reportRoute(kind: ReportKind) {
  return workspaceRoute(REPORT_SOURCES[kind].schema, "viewer", (q, { db, workspace }) => loadReportOffThread(db, workspace, kind, q));
}
