import type { Metadata } from "next";
import { CustomersView } from "@/components/customers/customers-view";
import { requirePageMember } from "@/server/auth/session";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace } = await requirePageMember(slug, `/w/${slug}/customers`);
  return <CustomersView slug={slug} currency={workspace.currency} timeZone={workspace.timezone} />;
}
