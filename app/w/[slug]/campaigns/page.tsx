import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { CampaignsView } from "@/components/campaigns/campaigns-view";
import { requirePageMember } from "@/server/auth/session";
import { prefetchPage } from "@/server/reports/prefetch-reports";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const { workspace } = await requirePageMember(slug, `/w/${slug}/campaigns`);
  // The page arrives with its first data (server/reports/prefetch-reports.ts).
  const state = await prefetchPage(workspace, slug, "campaigns", await searchParams);
  return (
    <HydrationBoundary state={state}>
      <CampaignsView currency={workspace.currency} />
    </HydrationBoundary>
  );
}
