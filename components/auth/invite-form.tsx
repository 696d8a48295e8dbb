"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { useAction } from "@/components/hooks/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { acceptInvite } from "@/server/actions/accept-invite";

export function InviteForm({ token, signedInAs }: { token: string; signedInAs: string | null }) {
  const t = useTranslations();
  const router = useRouter();
  const { execute, pending, error } = useAction(acceptInvite);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const account = signedInAs ? undefined : { email: String(f.get("email")), password: String(f.get("password")) };
    execute({ token, account }, (data) => router.replace(`/w/${data.slug}/overview`));
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      {signedInAs ? (
        <p className="text-sm text-slate-700">{t("invite.signedInAs", { email: signedInAs })}</p>
      ) : (
        <>
          <p className="text-sm font-medium text-slate-800">{t("invite.createAccount")}</p>
          <Field label={t("common.email")} name="email" type="email" autoComplete="email" required />
          <Field
            label={t("common.password")}
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={8}
            required
            hint={t("setup.passwordHint")}
          />
          <p className="text-xs text-slate-500">{t("invite.haveAccount")}</p>
        </>
      )}
      {error && <Alert tone="error">{error}</Alert>}
      <Button type="submit" disabled={pending} className="w-full">
        {t("invite.accept")}
      </Button>
    </form>
  );
}
