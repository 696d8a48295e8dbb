import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { getMembership } from "@/db/queries/workspaces/members";
import type { Role } from "@/db/schema/workspaces";
import { getAuth } from "./auth";
import { hasRole } from "../../lib/auth/roles";

export type SessionUser = { id: string; email: string; name: string };

/** The signed-in user of this request, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name };
});

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages: the workspace and role; a non-member gets the same 404 as a missing workspace. */
export async function requirePageMember(slug: string, returnTo: string, atLeast: Role = "viewer") {
  const user = await requireUser(returnTo);
  const membership = getMembership(getDb(), user.id, slug);
  if (!membership || !hasRole(membership.role, atLeast)) notFound();
  return { user, workspace: membership, role: membership.role };
}
