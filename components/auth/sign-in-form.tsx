"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { authClient } from "@/lib/auth/auth-client";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    const { error: err } = await authClient.signIn.email({ email: String(f.get("email")), password: String(f.get("password")) });
    setBusy(false);
    if (err) {
      const lock = err as { code?: string; minutes?: number };
      if (err.status === 429 && lock.code === "ACCOUNT_LOCKED_FOR_NEW_BROWSERS") setError(t("signIn.lockedForNewBrowsers", { minutes: lock.minutes ?? 15 }));
      else if (err.status === 429 && lock.code === "BROWSER_LOCKED") setError(t("signIn.browserLocked", { minutes: lock.minutes ?? 15 }));
      else if (err.status === 429) setError(t("signIn.tooMany"));
      else if (err.status === 401) setError(t("signIn.invalid"));
      else setError(t("signIn.failed", { message: err.message ?? String(err.status) }));
      return;
    }
    router.replace(next);
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      <Field label={t("common.email")} name="email" type="email" autoComplete="email" required />
      <Field label={t("common.password")} name="password" type="password" autoComplete="current-password" required />
      {error && <Alert tone="error">{error}</Alert>}
      <Button type="submit" disabled={busy} className="w-full">
        {t("signIn.submit")}
      </Button>
    </form>
  );
}
