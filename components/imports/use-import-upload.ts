"use client";

import { useRef, useState } from "react";
import type { ImportSummary } from "@/db/queries/imports/run-import";
import type { ImportFormat, UploadProgress } from "@/lib/import";

export type UploadState =
  | { phase: "idle" }
  /** `read`: bytes the server has received (while `receiving`), then bytes it has parsed, which is what
   * the bar shows (the browser sends a small file at once, while its rows are still being read). */
  | { phase: "uploading"; read: number; rows: number; receiving: boolean; waiting: boolean }
  | { phase: "done"; summary: ImportSummary }
  | { phase: "failed"; message: string };

/** Sends the file as the request body (the browser streams it from disk), polls the rows
 * processed, and can cancel: the server stops the import and rolls it back, and a file still on its
 * way is cut off. */
export function useImportUpload(slug: string, connectionFailed: string) {
  const [state, setState] = useState<UploadState>({ phase: "idle" });
  const xhr = useRef<XMLHttpRequest | null>(null);
  const running = useRef<{ uploadId: string; receiving: boolean; cancelling: boolean } | null>(null);

  function start(file: File, format: ImportFormat, acceptRejected = false) {
    const uploadId = crypto.randomUUID();
    const params = new URLSearchParams({ workspace: slug, fileName: file.name, format: JSON.stringify(format), uploadId });
    if (acceptRejected) params.set("acceptRejected", "true");
    const req = new XMLHttpRequest();
    xhr.current = req;
    const run = { uploadId, receiving: true, cancelling: false };
    running.current = run;
    setState({ phase: "uploading", read: 0, rows: 0, receiving: true, waiting: false });
    const poll = setInterval(async () => {
      const res = await fetch(`/api/v1/imports/progress?workspace=${slug}&uploadId=${uploadId}`).catch(() => null);
      const p = res?.ok ? ((await res.json()) as UploadProgress | null) : null;
      if (p) run.receiving = p.receiving;
      if (p) setState((s) => (s.phase === "uploading" ? { ...s, read: p.bytesRead, rows: p.rowsRead, receiving: p.receiving, waiting: p.waiting } : s));
    }, 500);
    const finish = (next: UploadState) => {
      clearInterval(poll);
      xhr.current = null;
      running.current = null;
      setState(next);
    };
    req.onload = () => {
      const body = JSON.parse(req.responseText || "null");
      // Committed before the cancel reached it: the summary says what was written.
      if (req.status >= 200 && req.status < 300) finish({ phase: "done", summary: body as ImportSummary });
      else if (run.cancelling && req.status === 409) finish({ phase: "failed", message: "cancelled" });
      else finish({ phase: "failed", message: body?.error?.message ?? `HTTP ${req.status}` });
    };
    req.onerror = () => finish({ phase: "failed", message: run.cancelling ? "cancelled" : connectionFailed });
    req.onabort = () => finish({ phase: "failed", message: "cancelled" });
    req.open("POST", `/api/v1/imports?${params}`);
    req.setRequestHeader("Content-Type", "text/csv");
    req.send(file);
  }

  /** The server stops the import at its next batch and answers that nothing changed; a file still on
   * its way is cut off too (its import is then stopped by the body breaking off). */
  function cancel() {
    const run = running.current;
    const req = xhr.current;
    if (!run || !req || run.cancelling) return;
    run.cancelling = true;
    void fetch(`/api/v1/imports/cancel?workspace=${slug}&uploadId=${run.uploadId}`, { method: "POST" })
      .then((res) => res.ok)
      .catch(() => false)
      .then((told) => {
        if (!told || run.receiving) req.abort();
      });
  }

  return { state, start, cancel, reset: () => setState({ phase: "idle" }) };
}
