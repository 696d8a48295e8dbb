"use client";

import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, type ReactNode } from "react";
import { downloadCsv } from "@/lib/csv/download-csv";
import { tableToRows } from "@/lib/csv/table-to-rows";

/** Wraps a table with an "Export CSV" of what it shows, so every table on a report exports. */
export function ExportableTable({ name, children }: { name: string; children: ReactNode }) {
  const t = useTranslations("common");
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref}>
      <div className="flex justify-end print:hidden">
        <button
          type="button"
          className="inline-flex items-center gap-1 rounded-md px-1.5 py-1 text-xs text-slate-500 hover:bg-slate-100 hover:text-slate-800"
          aria-label={`${t("exportCsv")}: ${name}`}
          onClick={() => {
            const table = ref.current?.querySelector("table");
            if (table)
              downloadCsv(
                `${
                  name
                    .replace(/[^\p{L}\p{N}]+/gu, "-")
                    .replace(/^-|-$/g, "")
                    .toLowerCase() || "table"
                }.csv`,
                tableToRows(table),
              );
          }}
        >
          <Download className="size-3.5" aria-hidden />
          CSV
        </button>
      </div>
      {children}
    </div>
  );
}
