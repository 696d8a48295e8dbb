import type { ReactNode } from "react";
import { getDb } from "@/db";
import { listWorkspacesForUser } from "@/db/queries/workspaces/workspaces";
import { WorkspaceReportView } from "@/components/report-view/report-view";
import { AppShell } from "@/components/shell/app-shell";
import { requirePageMember } from "@/server/auth/session";

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, role } = await requirePageMember(slug, `/w/${slug}/overview`);
  const workspaces = listWorkspacesForUser(getDb(), user.id).map(({ slug, name }) => ({ slug, name }));
  return (
    <AppShell slug={slug} workspaces={workspaces} email={user.email} role={role}>
      <WorkspaceReportView slug={slug}>{children}</WorkspaceReportView>
    </AppShell>
  );
}
