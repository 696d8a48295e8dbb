"use client";

import clsx from "clsx";
import { useFormatter, useTranslations } from "next-intl";
import { useAction } from "@/components/hooks/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ShareLinkListItem } from "@/db/queries/reports/share-links";
import { revokeShareLink } from "@/server/actions/revoke-share-link";
import { rotateShareLink } from "@/server/actions/rotate-share-link";
import { CopyLink } from "./copy-link";
import { ScrollRegion } from "@/components/ui/scroll-region";

const STATUS_STYLE = { active: "bg-emerald-100 text-emerald-800", expired: "bg-slate-100 text-slate-600", revoked: "bg-red-100 text-red-800" } as const;

export function ShareLinksTable({ slug, links, timeZone, canShare }: { slug: string; links: ShareLinkListItem[]; timeZone: string; canShare: boolean }) {
  const t = useTranslations("reports");
  const format = useFormatter();
  const revoke = useAction(revokeShareLink);
  const rotate = useAction(rotateShareLink);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone }) : "—");
  return (
    <div className="space-y-2">
      {rotate.data && <CopyLink token={rotate.data.token} />}
      {(revoke.error || rotate.error) && <Alert tone="error">{revoke.error ?? rotate.error}</Alert>}
      <ScrollRegion stickyFirst>
        <table className="tabular w-full text-sm" data-testid="share-links">
          <thead className="text-left text-xs text-slate-500">
            <tr>
              <th className="py-1 pr-3 font-medium">{t("status")}</th>
              <th className="py-1 pr-3 font-medium">{t("mode")}</th>
              <th className="py-1 pr-3 font-medium">{t("protection")}</th>
              <th className="py-1 pr-3 font-medium">{t("expires")}</th>
              <th className="py-1 pr-3 font-medium">{t("createdBy")}</th>
              <th className="py-1 pr-3 font-medium">{t("lastViewed")}</th>
              <th className="py-1 pr-3 text-right font-medium">{t("views")}</th>
              <th className="py-1" />
            </tr>
          </thead>
          <tbody>
            {links.map((l) => (
              <tr key={l.id} className="border-t border-slate-100" data-testid={`share-link-${l.id}`}>
                <td className="py-1.5 pr-3">
                  <span className={clsx("rounded-full px-2 py-0.5 text-xs font-medium", STATUS_STYLE[l.status])}>{t(`statuses.${l.status}`)}</span>
                </td>
                <td className="py-1.5 pr-3">{l.mode === "snapshot" ? t("snapshotOf", { date: when(l.dataAsOf) }) : t("modes.live")}</td>
                <td className="py-1.5 pr-3 text-xs">
                  {[l.hasPassword ? t("withPassword") : t("noPassword"), l.allowEmbed ? t("embeddable") : null].filter(Boolean).join(" · ")}
                </td>
                <td className="py-1.5 pr-3">{l.expiresAt ? when(l.expiresAt) : t("never")}</td>
                <td className="py-1.5 pr-3">
                  {l.createdByName ?? t("formerMember")}
                  <span className="block text-xs text-slate-500">{when(l.createdAt)}</span>
                </td>
                <td className="py-1.5 pr-3">{when(l.lastViewedAt)}</td>
                <td className="py-1.5 pr-3 text-right">{format.number(l.viewCount)}</td>
                <td className="py-1.5 text-right">
                  {canShare && l.status === "active" && (
                    <span className="inline-flex gap-1">
                      <Button
                        variant="ghost"
                        disabled={rotate.pending}
                        onClick={() => rotate.execute({ workspace: slug, linkId: l.id })}
                        title={t("rotateHint")}
                      >
                        {t("rotate")}
                      </Button>
                      <Button
                        variant="ghost"
                        className="text-red-700"
                        disabled={revoke.pending}
                        onClick={() => revoke.execute({ workspace: slug, linkId: l.id })}
                      >
                        {t("revoke")}
                      </Button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
