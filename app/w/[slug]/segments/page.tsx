import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { SegmentsView } from "@/components/segments/segments-view";
import { requirePageMember } from "@/server/auth/session";
import { prefetchPage } from "@/server/reports/prefetch-reports";

export const metadata: Metadata = { title: "Segments" };

export default async function SegmentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const { workspace } = await requirePageMember(slug, `/w/${slug}/segments`);
  // The page arrives with its first data (server/reports/prefetch-reports.ts).
  const state = await prefetchPage(workspace, slug, "segments", await searchParams);
  return (
    <HydrationBoundary state={state}>
      <SegmentsView currency={workspace.currency} />
    </HydrationBoundary>
  );
}
