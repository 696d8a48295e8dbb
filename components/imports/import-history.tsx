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
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                {(["when", "kind", "source", "file", "by", "rows", "inserted", "updated", "unchanged", "rejected", "status"] as const).map((k) => (
                  <th key={k} className="px-2 py-2 font-medium">
                    {t(k)}
                  </th>
                ))}
                <th className="px-2 py-2" />
              </tr>
            </thead>
            <tbody className="tabular divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="px-2 py-2 whitespace-nowrap">
                    {format.dateTime(new Date(r.createdAt), { dateStyle: "medium", timeStyle: "short", timeZone })}
                  </td>
                  <td className="px-2 py-2">{r.kind}</td>
                  <td className="px-2 py-2">{r.source}</td>
                  <td className="px-2 py-2">{r.fileName ?? "—"}</td>
                  <td className="px-2 py-2">{r.createdBy ?? "—"}</td>
                  <td className="px-2 py-2">{format.number(r.rowsRead)}</td>
                  <td className="px-2 py-2">{format.number(r.inserted)}</td>
                  <td className="px-2 py-2">{format.number(r.updated)}</td>
                  <td className="px-2 py-2">{format.number(r.unchanged)}</td>
                  <td className="px-2 py-2">{format.number(r.rejected)}</td>
                  <td className="px-2 py-2" data-testid={`import-status-${r.id}`}>
                    {r.status === "undone" ? t("undoDone", { inserted: r.inserted, updated: r.updated }) : t(`statuses.${r.status as "committed" | "undone"}`)}
                  </td>
                  <td className="px-2 py-2">
                    {canUndo && r.status === "committed" && r.kind !== "demo" && (
                      <UndoImportButton slug={slug} importId={r.id} inserted={r.inserted} updated={r.updated} />
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
