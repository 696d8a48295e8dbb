"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { clearData } from "@/server/actions/clear-data";
import { resetDemoData } from "@/server/actions/reset-demo-data";
import { useAction } from "@/components/hooks/use-action";

export function DataZone({ slug }: { slug: string }) {
  const t = useTranslations("settings");
  const [confirm, setConfirm] = useState("");
  const reset = useAction(resetDemoData);
  const clear = useAction(clearData);
  const pending = reset.pending || clear.pending;
  return (
    <div className="space-y-4">
      <Field label={t("confirm", { slug })} value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="off" />
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <Button variant="secondary" disabled={pending || confirm !== slug} onClick={() => reset.execute({ workspace: slug, confirm })}>
            {t("resetDemo")}
          </Button>
          <p className="mt-1 text-xs text-slate-500">{t("resetDemoHint")}</p>
        </div>
        <div>
          <Button variant="danger" disabled={pending || confirm !== slug} onClick={() => clear.execute({ workspace: slug, confirm })}>
            {t("clearData")}
          </Button>
          <p className="mt-1 text-xs text-slate-500">{t("clearDataHint")}</p>
        </div>
      </div>
      {(reset.error || clear.error) && <Alert tone="error">{reset.error ?? clear.error}</Alert>}
      {reset.done && reset.data && <Alert tone="success">{t("resetDone", { orders: reset.data.orders, customers: reset.data.customers })}</Alert>}
      {clear.done && <Alert tone="success">{t("cleared")}</Alert>}
    </div>
  );
}
