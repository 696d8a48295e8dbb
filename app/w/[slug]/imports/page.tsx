import type { Metadata } from "next";
import { getDb } from "@/db";
import { listImports } from "@/db/queries/list-imports";
import { ImportHistory } from "@/components/imports/import-history";
import { NotBuilt } from "@/components/not-built";
import { requirePageMember } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace } = await requirePageMember(slug, `/w/${slug}/imports`);
  const rows = listImports(getDb(), workspace.id);
  return (
    <div className="space-y-6">
      <NotBuilt page="imports" />
      <ImportHistory rows={rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))} timeZone={workspace.timezone} />
    </div>
  );
}
