import type { Metadata } from "next";
import { CampaignsView } from "@/components/campaigns/campaigns-view";
import { requirePageMember } from "@/server/auth/session";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace } = await requirePageMember(slug, `/w/${slug}/campaigns`);
  return <CampaignsView currency={workspace.currency} />;
}
