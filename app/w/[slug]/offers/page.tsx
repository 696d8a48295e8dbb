import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { OffersView } from "@/components/offers/offers-view";
import { requirePageMember } from "@/server/auth/session";
import { prefetchPage } from "@/server/reports/prefetch-reports";

export const metadata: Metadata = { title: "Offers & A/B tests" };

export default async function OffersPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const { workspace } = await requirePageMember(slug, `/w/${slug}/offers`);
  // The page arrives with its first data (server/reports/prefetch-reports.ts).
  const state = await prefetchPage(workspace, slug, "offers", await searchParams);
  return (
    <HydrationBoundary state={state}>
      <OffersView currency={workspace.currency} />
    </HydrationBoundary>
  );
}
