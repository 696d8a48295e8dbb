"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { changeMemberRole } from "@/server/actions/change-member-role";
import { inviteMember } from "@/server/actions/invite-member";
import { revokeInvite } from "@/server/actions/revoke-invite";
import { ROLES, type Role } from "@/lib/schemas/roles";
import { useAction } from "@/components/hooks/use-action";

type Member = { userId: string; email: string; role: Role };
type Invite = { id: number; role: Role; expiresAt: string; createdBy: string | null };
type Props = { slug: string; isOwner: boolean; selfId: string; members: Member[]; invites: Invite[]; timeZone: string };

export function MembersPanel({ slug, isOwner, selfId, members, invites, timeZone }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const roleAction = useAction(changeMemberRole);
  const inviteAction = useAction(inviteMember);
  const revokeAction = useAction(revokeInvite);
  const [inviteRole, setInviteRole] = useState<Role>("viewer");
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone });
  const link = inviteAction.data ? `${window.location.origin}${inviteAction.data.path}` : null;

  return (
    <div className="space-y-6">
      <table className="w-full text-left text-sm" data-testid="members">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            <th className="py-2 font-medium">{t("settings.member")}</th>
            <th className="py-2 font-medium">{t("settings.role")}</th>
            {isOwner && <th className="py-2" />}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((m) => (
            <tr key={m.userId}>
              <td className="py-2">{m.email}</td>
              <td className="py-2">
                {isOwner ? (
                  <select
                    aria-label={`${t("settings.role")} ${m.email}`}
                    value={m.role}
                    disabled={roleAction.pending}
                    onChange={(e) => roleAction.execute({ workspace: slug, userId: m.userId, role: e.target.value as Role })}
                    className="rounded-md border border-slate-300 px-2 py-1 text-sm"
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`common.roles.${r}`)}
                      </option>
                    ))}
                  </select>
                ) : (
                  t(`common.roles.${m.role}`)
                )}
              </td>
              {isOwner && (
                <td className="py-2 text-right">
                  {m.userId !== selfId && (
                    <Button variant="ghost" disabled={roleAction.pending} onClick={() => roleAction.execute({ workspace: slug, userId: m.userId, role: null })}>
                      {t("settings.remove")}
                    </Button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {roleAction.error && <Alert tone="error">{roleAction.error}</Alert>}

      {isOwner && (
        <div className="space-y-3">
          <h3 className="text-sm font-semibold">{t("settings.invite")}</h3>
          <div className="flex flex-wrap items-end gap-3">
            <div className="w-48">
              <SelectField label={t("settings.inviteRole")} value={inviteRole} onChange={(e) => setInviteRole(e.target.value as Role)}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`common.roles.${r}`)}
                  </option>
                ))}
              </SelectField>
            </div>
            <Button disabled={inviteAction.pending} onClick={() => inviteAction.execute({ workspace: slug, role: inviteRole })}>
              {t("settings.createInvite")}
            </Button>
          </div>
          {inviteAction.error && <Alert tone="error">{inviteAction.error}</Alert>}
          {link && inviteAction.data && (
            <Alert tone="success">
              <p>{t("settings.inviteCreated", { date: date(inviteAction.data.expiresAt) })}</p>
              <input
                readOnly
                value={link}
                data-testid="invite-link"
                className="mt-2 w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
                onFocus={(e) => e.currentTarget.select()}
              />
            </Alert>
          )}
          {invites.length > 0 && (
            <div>
              <h4 className="mb-2 text-xs font-semibold uppercase text-slate-500">{t("settings.pendingInvites")}</h4>
              <ul className="divide-y divide-slate-100 text-sm">
                {invites.map((i) => (
                  <li key={i.id} className="flex items-center justify-between py-2">
                    <span>
                      {t(`common.roles.${i.role}`)} · {t("settings.expires", { date: date(i.expiresAt) })}
                      {i.createdBy && <span className="text-slate-500"> · {i.createdBy}</span>}
                    </span>
                    <Button variant="ghost" disabled={revokeAction.pending} onClick={() => revokeAction.execute({ workspace: slug, inviteId: i.id })}>
                      {t("settings.revoke")}
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
