import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listPendingInvites } from "@/db/queries/workspaces/invites";
import { listMembers } from "@/db/queries/workspaces/members";
import { listApiTokens } from "@/db/queries/workspaces/api-tokens";
import { ApiTokensPanel } from "@/components/settings/api-tokens-panel";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { DataZone } from "@/components/settings/data-zone";
import { MembersPanel } from "@/components/settings/members-panel";
import { NewWorkspaceForm } from "@/components/settings/new-workspace-form";
import { WorkspaceSettingsForm } from "@/components/settings/workspace-settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageMember } from "@/server/auth/session";
import type { Locale } from "@/lib/schemas/workspace";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, workspace, role } = await requirePageMember(slug, `/w/${slug}/settings`);
  const t = await getTranslations("settings");
  const db = getDb();
  const isOwner = role === "owner";
  const members = listMembers(db, workspace.id).map((m) => ({ userId: m.userId, email: m.email, role: m.role }));
  const invites = isOwner
    ? listPendingInvites(db, workspace.id).map((i) => ({ id: i.id, role: i.role, expiresAt: i.expiresAt.toISOString(), createdBy: i.createdBy }))
    : [];
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      <Card title={t("workspace")}>
        <WorkspaceSettingsForm
          slug={slug}
          canEdit={isOwner}
          initial={{ name: workspace.name, currency: workspace.currency, timezone: workspace.timezone, locale: workspace.locale as Locale }}
        />
      </Card>
      <Card title={t("members")}>
        <MembersPanel slug={slug} isOwner={isOwner} selfId={user.id} members={members} invites={invites} timeZone={workspace.timezone} />
      </Card>
      {isOwner && (
        <Card title={t("apiTokens")}>
          <ApiTokensPanel
            slug={slug}
            timeZone={workspace.timezone}
            tokens={listApiTokens(db, workspace.id).map((k) => ({
              id: k.id,
              name: k.name,
              createdAt: k.createdAt.toISOString(),
              lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
            }))}
          />
        </Card>
      )}
      {isOwner && (
        <Card title={t("danger")}>
          <DataZone slug={slug} />
        </Card>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("account")}>
          <ChangePasswordForm />
        </Card>
        <Card title={t("newWorkspace")}>
          <NewWorkspaceForm />
        </Card>
      </div>
    </div>
  );
}
