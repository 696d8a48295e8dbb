"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createWorkspace } from "@/server/actions/create-workspace";
import type { Locale } from "@/lib/schemas/workspace";
import { useAction } from "@/components/hooks/use-action";

export function NewWorkspaceForm() {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const { execute, pending, error } = useAction(createWorkspace);
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    execute({ name: String(f.get("name")), currency: String(f.get("currency")), timezone: String(f.get("timezone")), locale }, (data) =>
      router.push(`/w/${data.slug}/overview`),
    );
  }
  return (
    <form onSubmit={submit} className="space-y-4">
      <Field label={t("settings.name")} name="name" required />
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("settings.currency")} name="currency" defaultValue="EUR" required maxLength={3} />
        <Field label={t("settings.timezone")} name="timezone" defaultValue="Europe/Amsterdam" required />
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <Button type="submit" disabled={pending}>
        {t("settings.createWorkspace")}
      </Button>
    </form>
  );
}
