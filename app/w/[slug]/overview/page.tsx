import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { OverviewView } from "@/components/overview/overview-view";
import { requirePageMember } from "@/server/auth/session";
import { prefetchPage } from "@/server/reports/prefetch-reports";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const { workspace } = await requirePageMember(slug, `/w/${slug}/overview`);
  // The page arrives with its first data (server/reports/prefetch-reports.ts).
  const state = await prefetchPage(workspace, slug, "overview", await searchParams);
  return (
    <HydrationBoundary state={state}>
      <OverviewView currency={workspace.currency} timeZone={workspace.timezone} />
    </HydrationBoundary>
  );
}
