"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useAction } from "@/components/hooks/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createShareLink } from "@/server/actions/create-share-link";
import type { ShareMode } from "@/lib/schemas/share";
import { CopyLink } from "./copy-link";

const input = "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm";

export function ShareLinkForm({ slug, reportId }: { slug: string; reportId: number }) {
  const t = useTranslations("reports");
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<ShareMode>("live");
  const [expires, setExpires] = useState("");
  const [password, setPassword] = useState("");
  const [allowEmbed, setAllowEmbed] = useState(false);
  const create = useAction(createShareLink);
  if (!open) {
    return (
      <div className="space-y-3">
        {create.data && <CopyLink token={create.data.token} />}
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t("newLink")}
        </Button>
      </div>
    );
  }
  return (
    <form
      aria-label={t("newLink")}
      className="space-y-3 rounded-md border border-slate-200 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        // The link dies at the end of the chosen day, in the sharer's own time zone.
        const expiresAt = expires ? new Date(`${expires}T23:59:59.999`).toISOString() : undefined;
        create.execute({ workspace: slug, reportId, mode, expiresAt, password: password || undefined, allowEmbed }, () => {
          setOpen(false);
          setPassword("");
        });
      }}
    >
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="mb-1 text-xs font-medium text-slate-600">{t("mode")}</legend>
        {(["live", "snapshot"] as const).map((m) => (
          <label key={m} className="flex items-start gap-2">
            <input type="radio" name={`mode-${reportId}`} value={m} checked={mode === m} onChange={() => setMode(m)} className="mt-1" />
            <span>
              {t(`modes.${m}`)}
              <span className="block text-xs text-slate-500">{t(`modes.${m}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-end gap-4">
        <label className="text-xs font-medium text-slate-600">
          {t("expires")}
          <input type="date" className={input} value={expires} onChange={(e) => setExpires(e.target.value)} />
        </label>
        <label className="text-xs font-medium text-slate-600">
          {t("password")}
          <input
            type="password"
            autoComplete="new-password"
            className={input}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            placeholder={t("passwordHint")}
          />
        </label>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" checked={allowEmbed} onChange={(e) => setAllowEmbed(e.target.checked)} />
          {t("allowEmbed")}
        </label>
      </div>
      {create.error && <Alert tone="error">{create.error}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" disabled={create.pending}>
          {t("createLink")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
