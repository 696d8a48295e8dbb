import type { Metadata } from "next";
import { ProductsView } from "@/components/products/products-view";
import { requirePageMember } from "@/server/auth/session";

export const metadata: Metadata = { title: "Products" };

export default async function ProductsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace } = await requirePageMember(slug, `/w/${slug}/products`);
  return <ProductsView currency={workspace.currency} />;
}
