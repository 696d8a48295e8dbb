import type { Metadata } from "next";
import { OverviewView } from "@/components/overview/overview-view";
import { requirePageMember } from "@/server/auth/session";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace } = await requirePageMember(slug, `/w/${slug}/overview`);
  return <OverviewView currency={workspace.currency} timeZone={workspace.timezone} />;
}
