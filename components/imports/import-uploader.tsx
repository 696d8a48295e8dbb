"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ImportFormat } from "@/lib/import";
import { CSV_KINDS, requiredGroups, type CsvKind } from "@/lib/import";
import { ImportPreview, type Preview } from "./import-preview";
import { rejectedRowsCsv } from "./rejected-csv";
import { useImportUpload } from "./use-import-upload";
import { useFieldLabel } from "./use-field-label";

const SAMPLE = 1 << 20; // detection reads the first megabyte

export function ImportUploader({ slug, timeZone }: { slug: string; timeZone: string }) {
  const t = useTranslations("imports");
  const format = useFormatter();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const upload = useImportUpload(slug, t("connectionFailed"));
  const { state } = upload;

  useEffect(() => {
    if (state.phase === "done") router.refresh();
  }, [state.phase, router]);

  async function read(f: File, opts: { kind?: CsvKind; format?: ImportFormat } = {}) {
    setError(null);
    const params = new URLSearchParams({ workspace: slug, totalBytes: String(f.size) });
    if (opts.kind) params.set("kind", opts.kind);
    if (opts.format) params.set("format", JSON.stringify(opts.format));
    const res = await fetch(`/api/v1/imports/preview?${params}`, { method: "POST", body: f.slice(0, SAMPLE) });
    const body = await res.json();
    if (!res.ok) {
      setPreview(null);
      return setError(body?.error?.message ?? `HTTP ${res.status}`);
    }
    setPreview(body as Preview);
  }

  function choose(f: File | undefined) {
    if (!f) return;
    upload.reset();
    setFile(f);
    void read(f);
  }

  const fieldLabel = useFieldLabel(preview?.format?.kind ?? "orders");
  const missing = preview?.detection && preview.format ? missingFields(preview).map((fields) => fields.map(fieldLabel).join(" / ")) : [];
  const n = (v: number) => format.number(v);
  // Every byte read: what is left is rebuilding the figures.
  const finishing = state.phase === "uploading" && !!file && !state.receiving && state.read > 0 && state.read >= file.size;
  const refresh = state.phase === "uploading" ? state.refresh : null;
  const doing =
    state.phase !== "uploading"
      ? ""
      : state.receiving
        ? t("receiving")
        : refresh
          ? t("rebuilding", { rows: n(state.rows), done: n(refresh.done), total: n(refresh.total) })
          : finishing
            ? t("finishing", { rows: n(state.rows) })
            : t("importing", { rows: n(state.rows) });

  return (
    <Card title={t("upload")}>
      <div className="space-y-5">
        <label
          className="flex cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed border-slate-300 px-4 py-8 text-sm text-slate-600 hover:border-brand-500"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            choose(e.dataTransfer.files[0]);
          }}
        >
          <span>{file ? `${file.name} (${n(file.size)} bytes)` : t("drop")}</span>
          <span className="rounded-md bg-brand-600 px-3 py-1.5 text-white">{t("choose")}</span>
          <input
            type="file"
            accept=".csv,.txt,.tsv,text/csv"
            className="sr-only"
            aria-label={t("choose")}
            onChange={(e) => {
              choose(e.target.files?.[0]);
              e.target.value = ""; // so choosing the same file again still counts
            }}
          />
        </label>
        <p className="text-xs text-slate-500">
          {t("templates")}:{" "}
          {CSV_KINDS.map((k) => (
            <a key={k} className="mr-2 inline-block text-brand-700 hover:underline" href={`/api/v1/imports/template?kind=${k}`} download>
              {k}.csv
            </a>
          ))}
        </p>
        {error && <Alert tone="error">{error}</Alert>}
        {file && preview && state.phase === "idle" && (
          <>
            <ImportPreview preview={preview} timeZone={timeZone} onKind={(kind) => read(file, { kind })} onFormat={(f) => read(file, { format: f })} />
            {missing.length > 0 && <Alert tone="warning">{t("missingRequired", { fields: missing.join(", ") })}</Alert>}
            <Button disabled={missing.length > 0 || !!preview.problem} onClick={() => upload.start(file, preview.format)}>
              {t("importNow")}
            </Button>
          </>
        )}
        {state.phase === "uploading" && file && (
          <div className="space-y-2" data-testid="import-progress">
            {/* Once every byte is read, the figures are rebuilt customer by customer; until the first of
                them is counted the bar runs without a value. */}
            {refresh ? (
              <progress className="w-full" aria-label={doing} max={Math.max(refresh.total, 1)} value={refresh.done} />
            ) : finishing ? (
              <progress className="w-full" aria-label={doing} />
            ) : (
              <progress className="w-full" aria-label={doing} max={file.size} value={state.read} />
            )}
            <p className="text-sm text-slate-700" role="status">
              {state.cancelling ? t("cancelling") : state.waiting ? t("waitingForOtherImport") : doing}
            </p>
            <Button variant="secondary" onClick={upload.cancel} disabled={state.cancelling}>
              {t("cancel")}
            </Button>
          </div>
        )}
        {state.phase === "failed" && <Alert tone="error">{state.message === "cancelled" ? t("cancelled") : state.message}</Alert>}
        {state.phase === "done" && (
          <div className="space-y-3" data-testid="import-result">
            {state.summary.status === "needs_confirmation" ? (
              <Alert tone="warning">
                {t("needsConfirmation", { rejected: n(state.summary.rejected), rows: n(state.summary.rowsRead) })}{" "}
                <Button variant="secondary" onClick={() => file && preview && upload.start(file, preview.format, true)}>
                  {t("importAnyway")}
                </Button>
              </Alert>
            ) : (
              <Alert tone="success">
                {t("done", {
                  rows: n(state.summary.rowsRead),
                  inserted: n(state.summary.inserted),
                  updated: n(state.summary.updated),
                  unchanged: n(state.summary.unchanged),
                  rejected: n(state.summary.rejected),
                })}
              </Alert>
            )}
            {state.summary.guestOrders > 0 && (
              <p className="text-sm text-slate-700" data-testid="import-guest-orders">
                {t("guestOrders", { guests: state.summary.guestOrders })}
              </p>
            )}
            {state.summary.currencyAdopted && (
              <Alert tone="info">
                <span data-testid="import-currency-adopted">{t("currencyAdopted", { currency: state.summary.currencyAdopted })}</span>
              </Alert>
            )}
            {state.summary.rejectedByReason.length > 0 && (
              <div className="text-sm" data-testid="import-rejected-reasons">
                <p className="font-medium text-slate-800">{t("rejectedByReason")}</p>
                <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
                  {state.summary.rejectedByReason.map((g) => (
                    <li key={`${g.firstLine}`}>{t("rowsLike", { count: g.count, line: n(g.firstLine), message: g.message })}</li>
                  ))}
                </ul>
              </div>
            )}
            {Object.keys(state.summary.setAside).length > 0 && (
              <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-700" data-testid="import-set-aside">
                {Object.entries(state.summary.setAside).map(([reason, count]) => (
                  <li key={reason}>{t("setAside", { count, reason })}</li>
                ))}
              </ul>
            )}
            {state.summary.errors.length > 0 && (
              <a
                className="text-sm text-brand-700 hover:underline"
                download={`${file?.name ?? "import"}-rejected.csv`}
                href={`data:text/csv;charset=utf-8,${encodeURIComponent(rejectedRowsCsv(state.summary.errors, preview?.detection.headers))}`}
              >
                {state.summary.errors.length < state.summary.rejected
                  ? t("downloadRejectedFirst", { kept: n(state.summary.errors.length), rejected: n(state.summary.rejected) })
                  : t("downloadRejected")}
              </a>
            )}
            <div>
              <Button
                variant="ghost"
                onClick={() => {
                  upload.reset();
                  setFile(null);
                  setPreview(null);
                }}
              >
                {t("another")}
              </Button>
            </div>
          </div>
        )}
      </div>
    </Card>
  );
}

/** The required fields (each a group any one of which will do) that no column is mapped to yet. */
function missingFields(p: Preview): string[][] {
  return p.detection.missingRequired.length && !p.savedFormat
    ? p.detection.missingRequired
        .filter((m) => !m.fields.some((f) => p.format.columns[f]))
        // Still required by the format as now corrected (the reader may have said there is no customer column).
        .filter((m) => requiredGroups(p.format).some((group) => m.fields.every((f) => (group as readonly string[]).includes(f))))
        .map((m) => m.fields)
    : [];
}
