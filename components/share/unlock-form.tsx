"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useAction } from "@/components/hooks/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { unlockShareLink } from "@/server/actions/unlock-share-link";

export function UnlockForm({ token }: { token: string }) {
  const t = useTranslations("share");
  const [password, setPassword] = useState("");
  const unlock = useAction(unlockShareLink);
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        unlock.execute({ token, password });
      }}
    >
      <Field label={t("password")} type="password" autoComplete="off" required value={password} onChange={(e) => setPassword(e.target.value)} />
      {unlock.error && <Alert tone="error">{unlock.error}</Alert>}
      <Button type="submit" disabled={unlock.pending} className="w-full">
        {t("unlock")}
      </Button>
    </form>
  );
}
