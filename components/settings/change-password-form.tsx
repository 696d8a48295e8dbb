"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { authClient } from "@/lib/auth/auth-client";

export function ChangePasswordForm() {
  const t = useTranslations();
  const [state, setState] = useState<{ busy: boolean; error: string | null; done: boolean }>({ busy: false, error: null, done: false });
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    setState({ busy: true, error: null, done: false });
    const { error } = await authClient.changePassword({
      currentPassword: String(f.get("currentPassword")),
      newPassword: String(f.get("newPassword")),
      revokeOtherSessions: true,
    });
    setState({ busy: false, error: error ? (error.message ?? `HTTP ${error.status}`) : null, done: !error });
    if (!error) form.reset();
  }
  return (
    <form onSubmit={submit} className="space-y-4">
      <h3 className="text-sm font-semibold">{t("settings.changePassword")}</h3>
      <Field label={t("settings.currentPassword")} name="currentPassword" type="password" autoComplete="current-password" required />
      <Field
        label={t("settings.newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        minLength={8}
        required
        hint={t("setup.passwordHint")}
      />
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.done && <Alert tone="success">{t("settings.passwordChanged")}</Alert>}
      <Button type="submit" disabled={state.busy}>
        {t("settings.changePassword")}
      </Button>
    </form>
  );
}
