import type { Metadata } from "next";
import { OffersView } from "@/components/offers/offers-view";
import { requirePageMember } from "@/server/auth/session";

export const metadata: Metadata = { title: "Offers & A/B tests" };

export default async function OffersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace } = await requirePageMember(slug, `/w/${slug}/offers`);
  return <OffersView currency={workspace.currency} />;
}
