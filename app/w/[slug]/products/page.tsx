import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { ProductsView } from "@/components/products/products-view";
import { requirePageMember } from "@/server/auth/session";
import { prefetchPage } from "@/server/reports/prefetch-reports";

export const metadata: Metadata = { title: "Products" };

export default async function ProductsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const { workspace } = await requirePageMember(slug, `/w/${slug}/products`);
  // The page arrives with its first data (server/reports/prefetch-reports.ts).
  const state = await prefetchPage(workspace, slug, "products", await searchParams);
  return (
    <HydrationBoundary state={state}>
      <ProductsView currency={workspace.currency} />
    </HydrationBoundary>
  );
}
