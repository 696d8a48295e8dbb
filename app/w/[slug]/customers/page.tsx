import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { CustomersView } from "@/components/customers/customers-view";
import { requirePageMember } from "@/server/auth/session";
import { prefetchPage } from "@/server/reports/prefetch-reports";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const { workspace } = await requirePageMember(slug, `/w/${slug}/customers`);
  // The page arrives with its first data (server/reports/prefetch-reports.ts).
  const state = await prefetchPage(workspace, slug, "customers", await searchParams);
  return (
    <HydrationBoundary state={state}>
      <CustomersView slug={slug} currency={workspace.currency} timeZone={workspace.timezone} />
    </HydrationBoundary>
  );
}
