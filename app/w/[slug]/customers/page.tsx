import { NotBuilt } from "@/components/not-built";
import { requirePageMember } from "@/lib/auth/session";

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageMember(slug, `/w/${slug}/customers`);
  return <NotBuilt page="customers" />;
}
