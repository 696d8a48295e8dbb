"use client";

import { Printer } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Button } from "@/components/ui/button";

type Props = { reportName: string; workspaceName: string; dataAsOf: Date | null; timeZone: string; children: ReactNode };

/** A shared report's frame: what it is, from whom, how fresh, and no way into the workspace. */
export function ShareShell({ reportName, workspaceName, dataAsOf, timeZone, children }: Props) {
  const t = useTranslations("share");
  const format = useFormatter();
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white px-4 py-3 lg:px-8">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3">
          <div>
            <p className="text-xs font-semibold tracking-wide text-brand-700">Liftboard · {t("readOnly")}</p>
            <p className="text-lg font-semibold text-slate-900" data-testid="share-title">
              {reportName}
            </p>
            <p className="text-xs text-slate-500" data-testid="share-freshness">
              {workspaceName} · {dataAsOf ? t("asOf", { date: format.dateTime(dataAsOf, { dateStyle: "medium", timeStyle: "short", timeZone }) }) : t("live")}
            </p>
          </div>
          <div className="flex items-center gap-3 print:hidden">
            <LanguageSwitch />
            <Button variant="secondary" onClick={() => window.print()}>
              <Printer className="size-4" aria-hidden />
              {t("print")}
            </Button>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-6 lg:px-8" data-shared-report>
        {children}
      </main>
    </div>
  );
}
