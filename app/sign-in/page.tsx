import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { countUsers } from "@/db/queries/workspaces/count-users";
import { AuthFrame } from "@/components/auth/auth-frame";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeNextPath } from "@/lib/security/safe-next-path";
import { getCurrentUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  if (countUsers(getDb()) === 0) redirect("/setup");
  // Only same-site paths are followed after sign-in, never another origin.
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  const t = await getTranslations("signIn");
  return (
    <AuthFrame title={t("title")}>
      <SignInForm next={next} />
    </AuthFrame>
  );
}
