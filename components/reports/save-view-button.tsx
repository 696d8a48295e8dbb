"use client";

import { Bookmark } from "lucide-react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useAction } from "@/components/hooks/use-action";
import { Button } from "@/components/ui/button";
import { createSavedReport } from "@/server/actions/create-saved-report";
import { REPORT_PAGES, type ReportPage } from "@/lib/schemas/share";

/** Saves the dashboard view on screen (page and filters) as a named report, ready to share. */
export function SaveViewButton({ slug }: { slug: string }) {
  const t = useTranslations("reports");
  const tn = useTranslations("nav");
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const page = pathname.split("/")[3] as ReportPage | undefined;
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const save = useAction(createSavedReport);
  if (!page || !(REPORT_PAGES as readonly string[]).includes(page)) return null;
  if (!open) {
    return (
      <span className="flex items-center gap-3 print:hidden">
        {save.done && (
          <Link href={`/w/${slug}/reports`} className="text-sm text-emerald-700 hover:underline">
            {t("savedGoTo")}
          </Link>
        )}
        <Button
          variant="secondary"
          onClick={() => {
            setName(`${tn(page)} ${new Date().toISOString().slice(0, 10)}`);
            setOpen(true);
          }}
        >
          <Bookmark className="size-4" aria-hidden />
          {t("saveView")}
        </Button>
      </span>
    );
  }
  return (
    <form
      className="flex items-center gap-2"
      aria-label={t("saveView")}
      onSubmit={(e) => {
        e.preventDefault();
        save.execute({ workspace: slug, name, page, query: search }, () => setOpen(false));
      }}
    >
      <input
        aria-label={t("name")}
        className="w-56 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
        value={name}
        onChange={(e) => setName(e.target.value)}
        autoFocus
      />
      <Button type="submit" disabled={save.pending}>
        {t("save")}
      </Button>
      <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
        {t("cancel")}
      </Button>
      {save.error && <span className="text-xs text-red-700">{save.error}</span>}
    </form>
  );
}
