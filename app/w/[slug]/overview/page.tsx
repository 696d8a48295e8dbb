import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { OverviewView } from "@/components/overview/overview-view";
import { requirePageMember } from "@/server/auth/session";
import { prefetchReports, searchOf } from "@/server/reports/prefetch-reports";

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
  // The cards and charts arrive with the page: the data the view asks for first is already loaded.
  const state = await prefetchReports(workspace, slug, [
    { kind: "overview", search: searchOf(await searchParams) },
    { kind: "filter-options", search: "" },
    { kind: "summary", search: "" },
  ]);
  return (
    <HydrationBoundary state={state}>
      <OverviewView currency={workspace.currency} timeZone={workspace.timezone} />
    </HydrationBoundary>
  );
}
