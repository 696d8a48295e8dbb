"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createApiToken, revokeApiToken } from "@/server/actions/api-tokens";
import { useAction } from "@/components/hooks/use-action";

type Token = { id: number; name: string; createdAt: string; lastUsedAt: string | null };

export function ApiTokensPanel({ slug, tokens, timeZone }: { slug: string; tokens: Token[]; timeZone: string }) {
  const t = useTranslations("settings");
  const format = useFormatter();
  const [name, setName] = useState("");
  const create = useAction(createApiToken);
  const revoke = useAction(revokeApiToken);
  const date = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone }) : "—");
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("apiTokensHint")}</p>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          create.execute({ workspace: slug, name }, () => setName(""));
        }}
      >
        <div className="w-64">
          <Field label={t("tokenName")} value={name} onChange={(e) => setName(e.target.value)} required />
        </div>
        <Button type="submit" disabled={create.pending}>
          {t("createToken")}
        </Button>
      </form>
      {create.error && <Alert tone="error">{create.error}</Alert>}
      {create.data && (
        <Alert tone="success">
          <p>{t("tokenCreated")}</p>
          <input
            readOnly
            value={create.data.token}
            data-testid="api-token"
            className="mt-2 w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
            onFocus={(e) => e.currentTarget.select()}
          />
        </Alert>
      )}
      {tokens.length > 0 && (
        <ul className="divide-y divide-slate-100 text-sm">
          {tokens.map((tk) => (
            <li key={tk.id} className="flex items-center justify-between py-2">
              <span>
                <strong>{tk.name}</strong> · {t("tokenCreatedAt", { date: date(tk.createdAt) })} · {t("tokenLastUsed", { date: date(tk.lastUsedAt) })}
              </span>
              <Button variant="ghost" disabled={revoke.pending} onClick={() => revoke.execute({ workspace: slug, id: tk.id })}>
                {t("revoke")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
