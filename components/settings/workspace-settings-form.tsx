"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { updateWorkspaceSettings } from "@/server/actions/update-workspace-settings";
import { LOCALES, type Locale, type WorkspaceSettings } from "@/lib/schemas/workspace";
import { useAction } from "@/components/hooks/use-action";

export function WorkspaceSettingsForm({ slug, canEdit, initial }: { slug: string; canEdit: boolean; initial: WorkspaceSettings }) {
  const t = useTranslations();
  const { execute, pending, error, done } = useAction(updateWorkspaceSettings);
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    execute({
      workspace: slug,
      name: String(f.get("name")),
      currency: String(f.get("currency")),
      timezone: String(f.get("timezone")),
      locale: String(f.get("locale")) as Locale,
    });
  }
  return (
    <form onSubmit={submit} className="grid gap-4 md:grid-cols-2">
      <fieldset disabled={!canEdit || pending} className="contents">
        <Field label={t("settings.name")} name="name" defaultValue={initial.name} required />
        <Field label={t("settings.currency")} name="currency" defaultValue={initial.currency} required maxLength={3} />
        <Field label={t("settings.timezone")} name="timezone" defaultValue={initial.timezone} required />
        <SelectField label={t("settings.locale")} name="locale" defaultValue={initial.locale}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {t(`locale.${l}`)}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <div className="flex items-center gap-3 md:col-span-2">
        {canEdit ? (
          <Button type="submit" disabled={pending}>
            {t("common.save")}
          </Button>
        ) : (
          <p className="text-sm text-slate-500">{t("settings.ownersOnly")}</p>
        )}
        {error && <Alert tone="error">{error}</Alert>}
        {done && <span className="text-sm text-green-700">{t("common.saved")}</span>}
      </div>
    </form>
  );
}
