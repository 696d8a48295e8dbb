import type { Metadata } from "next";
import { SegmentsView } from "@/components/segments/segments-view";
import { requirePageMember } from "@/server/auth/session";

export const metadata: Metadata = { title: "Segments" };

export default async function SegmentsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace } = await requirePageMember(slug, `/w/${slug}/segments`);
  return <SegmentsView currency={workspace.currency} />;
}
