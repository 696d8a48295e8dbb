import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { findOpenInvite } from "@/db/queries/workspaces/invites";
import { AuthFrame } from "@/components/auth/auth-frame";
import { InviteForm } from "@/components/auth/invite-form";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/server/auth/session";
import { hashToken } from "@/lib/tokens";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations();
  const invite = findOpenInvite(getDb(), hashToken(token));
  if (!invite) {
    return (
      <AuthFrame title={t("common.notFound")}>
        <Alert tone="error">{t("invite.invalid")}</Alert>
      </AuthFrame>
    );
  }
  const user = await getCurrentUser();
  return (
    <AuthFrame title={t("invite.title", { workspace: invite.workspaceName })} intro={t("invite.role", { role: t(`common.roles.${invite.role}`) })}>
      <InviteForm token={token} signedInAs={user?.email ?? null} />
    </AuthFrame>
  );
}
