"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useAction } from "@/components/hooks/use-action";
import { Button } from "@/components/ui/button";
import type { SavedReportListItem } from "@/db/queries/reports/saved-reports";
import { deleteSavedReport } from "@/server/actions/delete-saved-report";
import { renameSavedReport } from "@/server/actions/rename-saved-report";

export function ReportActions({ slug, report }: { slug: string; report: SavedReportListItem }) {
  const t = useTranslations("reports");
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(report.name);
  const rename = useAction(renameSavedReport);
  const remove = useAction(deleteSavedReport);
  if (renaming) {
    return (
      <form
        className="flex items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          rename.execute({ workspace: slug, reportId: report.id, name }, () => setRenaming(false));
        }}
      >
        <input aria-label={t("name")} className="rounded-md border border-slate-300 px-2 py-1 text-sm" value={name} onChange={(e) => setName(e.target.value)} />
        <Button type="submit" variant="secondary" disabled={rename.pending}>
          {t("save")}
        </Button>
        {rename.error && <span className="text-xs text-red-700">{rename.error}</span>}
      </form>
    );
  }
  return (
    <span className="flex gap-1">
      <Button variant="ghost" onClick={() => setRenaming(true)}>
        {t("rename")}
      </Button>
      <Button
        variant="ghost"
        className="text-red-700"
        disabled={remove.pending}
        onClick={() => {
          if (window.confirm(t("deleteConfirm", { name: report.name, links: report.activeLinkCount })))
            remove.execute({ workspace: slug, reportId: report.id });
        }}
      >
        {t("delete")}
      </Button>
    </span>
  );
}
