import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { countUsers } from "@/db/queries/workspaces/count-users";
import { AuthFrame } from "@/components/auth/auth-frame";
import { SetupForm } from "@/components/auth/setup-form";

export const metadata: Metadata = { title: "Setup" };

export default async function SetupPage() {
  if (countUsers(getDb()) > 0) redirect("/sign-in");
  const t = await getTranslations("setup");
  return (
    <AuthFrame title={t("title")} intro={t("intro")}>
      <SetupForm />
    </AuthFrame>
  );
}
