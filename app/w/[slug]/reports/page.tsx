import type { Metadata } from "next";
import { getDb } from "@/db";
import { listSavedReports } from "@/db/queries/reports/saved-reports";
import { listShareLinks } from "@/db/queries/reports/share-links";
import { ReportsView } from "@/components/reports/reports-view";
import { hasRole } from "@/lib/auth/roles";
import { requirePageMember } from "@/server/auth/session";

export const metadata: Metadata = { title: "Reports & sharing" };

export default async function ReportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace, role } = await requirePageMember(slug, `/w/${slug}/reports`);
  const db = getDb();
  return (
    <ReportsView
      slug={slug}
      timeZone={workspace.timezone}
      canShare={hasRole(role, "editor")}
      reports={listSavedReports(db, workspace.id)}
      links={listShareLinks(db, workspace.id)}
    />
  );
}
