"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { useAction } from "@/components/hooks/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { setupOwner } from "@/server/actions/setup-owner";
import type { Locale } from "@/lib/schemas/workspace";
import { useLocale } from "next-intl";

export function SetupForm() {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const { execute, pending, error } = useAction(setupOwner);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    execute(
      {
        name: String(f.get("name")),
        currency: String(f.get("currency")),
        timezone: String(f.get("timezone")),
        locale,
        email: String(f.get("email")),
        password: String(f.get("password")),
        start: f.get("start") === "empty" ? "empty" : "demo",
      },
      (data) => router.replace(`/w/${data.slug}/overview`),
    );
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      <Field label={t("setup.workspaceName")} name="name" required defaultValue="Demo Webshop" />
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("setup.currency")} name="currency" required defaultValue="EUR" maxLength={3} />
        <Field label={t("setup.timezone")} name="timezone" required defaultValue="Europe/Amsterdam" />
      </div>
      <Field label={t("common.email")} name="email" type="email" autoComplete="email" required />
      <Field label={t("common.password")} name="password" type="password" autoComplete="new-password" minLength={8} required hint={t("setup.passwordHint")} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t("setup.start")}</legend>
        <label className="flex gap-3 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
          <input type="radio" name="start" value="demo" defaultChecked />
          <span>
            <span className="font-medium">{t("setup.startDemo")}</span>
            <span className="block text-slate-600">{t("setup.startDemoHint")}</span>
          </span>
        </label>
        <label className="flex gap-3 rounded-md border border-slate-200 p-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
          <input type="radio" name="start" value="empty" />
          <span>
            <span className="font-medium">{t("setup.startEmpty")}</span>
            <span className="block text-slate-600">{t("setup.startEmptyHint")}</span>
          </span>
        </label>
      </fieldset>
      {error && <Alert tone="error">{error}</Alert>}
      {pending && <Alert>{t("setup.working")}</Alert>}
      <Button type="submit" disabled={pending} className="w-full">
        {t("setup.submit")}
      </Button>
    </form>
  );
}
