import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getWorkspaceDb } from "@/db";
import { listImports } from "@/db/queries/imports/list-imports";
import { ImportHistory } from "@/components/imports/import-history";
import { ImportUploader } from "@/components/imports/import-uploader";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageMember } from "@/server/auth/session";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace, role } = await requirePageMember(slug, `/w/${slug}/imports`);
  const t = await getTranslations("imports");
  const rows = listImports(getWorkspaceDb(workspace.id), workspace.id);
  const canEdit = role !== "viewer";
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      {canEdit && <ImportUploader slug={slug} timeZone={workspace.timezone} />}
      <ImportHistory rows={rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))} timeZone={workspace.timezone} slug={slug} canUndo={canEdit} />
    </div>
  );
}
