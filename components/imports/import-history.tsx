import { getFormatter, getTranslations } from "next-intl/server";
import type { ImportRow } from "@/db/queries/imports/list-imports";
import { Card } from "@/components/ui/card";
import { UndoImportButton } from "./undo-import-button";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The history row of list-imports, with its date serialised for the client. */
export type ImportHistoryRow = Omit<ImportRow, "createdAt"> & { createdAt: string };

export async function ImportHistory({ rows, timeZone, slug, canUndo }: { rows: ImportHistoryRow[]; timeZone: string; slug: string; canUndo: boolean }) {
  const t = await getTranslations("imports");
  const format = await getFormatter();
  return (
    <Card title={t("history")}>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ScrollRegion stickyFirst>
          {/* Kind and file share a cell, as do person and source, so Status and Undo fit at desktop widths. */}
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                {(["when", "what", "by", "rows", "inserted", "updated", "unchanged", "rejected", "status"] as const).map((k) => (
                  <th key={k} className="px-2 py-2 font-medium">
                    {t(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="tabular divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id} className="align-top">
                  <td className="px-2 py-2 whitespace-nowrap">
                    {format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short", timeZone })}
                  </td>
                  <td className="px-2 py-2">
                    <span className="block">{t(`kinds.${r.kind}`)}</span>
                    {r.fileName && (
                      <span className="block max-w-56 truncate text-xs text-slate-600" title={r.fileName} data-own-text>
                        <bdi>{r.fileName}</bdi>
                      </span>
                    )}
                  </td>
                  <td className="px-2 py-2">
                    <span className="block max-w-56 truncate" title={r.createdBy ?? undefined}>
                      {r.createdBy ?? "—"}
                    </span>
                    <span className="block text-xs text-slate-600">{t(`sources.${r.source}`)}</span>
                  </td>
                  <td className="px-2 py-2">{format.number(r.rowsRead)}</td>
                  <td className="px-2 py-2">{format.number(r.inserted)}</td>
                  <td className="px-2 py-2">{format.number(r.updated)}</td>
                  <td className="px-2 py-2">{format.number(r.unchanged)}</td>
                  <td className="px-2 py-2">{format.number(r.rejected)}</td>
                  <td className="px-2 py-2">
                    <span className="block" data-testid={`import-status-${r.id}`}>
                      {r.status === "undone" ? t("undoDone", { inserted: r.inserted, updated: r.updated }) : t(`statuses.${r.status}`)}
                    </span>
                    {canUndo && r.status === "committed" && r.kind !== "demo" && (
                      <span className="mt-1 block">
                        <UndoImportButton slug={slug} importId={r.id} inserted={r.inserted} updated={r.updated} />
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Card>
  );
}
