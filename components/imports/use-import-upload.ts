"use client";

import { useRef, useState } from "react";
import type { ImportSummary } from "@/db/queries/imports/run-import";
import type { ImportFormat, UploadProgress } from "@/lib/import";

export type UploadState =
  | { phase: "idle" }
  /** `read`: bytes the server has received (while `receiving`), then bytes it has parsed, which is what
   * the bar shows (the browser sends a small file at once, while its rows are still being read).
   * `cancelling`: the server was asked to stop the import; its answer is awaited. `refresh`: every row
   * is written and the figures are being rebuilt, customer by customer. */
  | {
      phase: "uploading";
      read: number;
      rows: number;
      receiving: boolean;
      waiting: boolean;
      cancelling: boolean;
      refresh: UploadProgress["refresh"];
    }
  | { phase: "done"; summary: ImportSummary }
  | { phase: "failed"; message: string };

type Running = { uploadId: string; req: XMLHttpRequest; sent: boolean; cancelling: boolean; cancelled: boolean };

/** Sends the file as the request body (the browser streams it from disk), polls the rows
 * processed, and can cancel (see cancel). */
export function useImportUpload(slug: string, connectionFailed: string) {
  const [state, setState] = useState<UploadState>({ phase: "idle" });
  const running = useRef<Running | null>(null);

  function start(file: File, format: ImportFormat, acceptRejected = false) {
    const uploadId = crypto.randomUUID();
    const params = new URLSearchParams({ workspace: slug, fileName: file.name, format: JSON.stringify(format), uploadId });
    if (acceptRejected) params.set("acceptRejected", "true");
    const req = new XMLHttpRequest();
    const run: Running = { uploadId, req, sent: false, cancelling: false, cancelled: false };
    running.current = run;
    setState({ phase: "uploading", read: 0, rows: 0, receiving: true, waiting: false, cancelling: false, refresh: null });
    const poll = setInterval(async () => {
      const res = await fetch(`/api/v1/imports/progress?workspace=${slug}&uploadId=${uploadId}`).catch(() => null);
      const p = res?.ok ? ((await res.json()) as UploadProgress | null) : null;
      if (p)
        setState((s) =>
          s.phase === "uploading" ? { ...s, read: p.bytesRead, rows: p.rowsRead, receiving: p.receiving, waiting: p.waiting, refresh: p.refresh } : s,
        );
    }, 500);
    const finish = (next: UploadState) => {
      clearInterval(poll);
      running.current = null;
      setState(next);
    };
    req.onload = () => {
      const body = JSON.parse(req.responseText || "null");
      // Committed before the cancel reached it: the summary says what was written.
      if (req.status >= 200 && req.status < 300) finish({ phase: "done", summary: body as ImportSummary });
      else if (body?.error?.code === "cancelled") finish({ phase: "failed", message: "cancelled" });
      else finish({ phase: "failed", message: body?.error?.message ?? `HTTP ${req.status}` });
    };
    req.onerror = () => finish({ phase: "failed", message: run.cancelled ? "cancelled" : connectionFailed });
    req.onabort = () => finish({ phase: "failed", message: "cancelled" });
    req.upload.onload = () => (run.sent = true);
    req.open("POST", `/api/v1/imports?${params}`);
    req.setRequestHeader("Content-Type", "text/csv");
    req.send(file);
  }

  /**
   * Asks the server to stop the import (it then answers 409, nothing changed, also while it rebuilds
   * the figures, or its summary when it was already committing). A file not yet all sent is cut off as
   * well: its import cannot commit without it. When the server could not be asked and the file is all sent, nothing is
   * claimed: the import's own answer follows, and Cancel can be pressed again.
   */
  function cancel() {
    const run = running.current;
    if (!run || run.cancelling) return;
    const cancelling = (on: boolean) => {
      run.cancelling = on;
      setState((s) => (s.phase === "uploading" ? { ...s, cancelling: on } : s));
    };
    cancelling(true);
    void fetch(`/api/v1/imports/cancel?workspace=${slug}&uploadId=${run.uploadId}`, { method: "POST" })
      .then(async (res) => (res.ok ? ((await res.json()) as { cancelling: boolean; receiving: boolean }) : null))
      .catch(() => null)
      .then((answer) => {
        if (running.current !== run) return; // it answered meanwhile
        run.cancelled = answer?.cancelling === true;
        if (!run.sent || answer?.receiving) run.req.abort();
        else if (!run.cancelled) cancelling(false);
      });
  }

  return { state, start, cancel, reset: () => setState({ phase: "idle" }) };
}
