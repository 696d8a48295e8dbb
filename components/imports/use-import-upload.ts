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
 * processed, and can cancel: an aborted upload rolls the whole import back. */
export function useImportUpload(slug: string, connectionFailed: string) {
  const [state, setState] = useState<UploadState>({ phase: "idle" });
  const xhr = useRef<XMLHttpRequest | null>(null);

  function start(file: File, format: ImportFormat, acceptRejected = false) {
    const uploadId = crypto.randomUUID();
    const params = new URLSearchParams({ workspace: slug, fileName: file.name, format: JSON.stringify(format), uploadId });
    if (acceptRejected) params.set("acceptRejected", "true");
    const req = new XMLHttpRequest();
    xhr.current = req;
    setState({ phase: "uploading", read: 0, rows: 0, receiving: true, waiting: false });
    const poll = setInterval(async () => {
      const res = await fetch(`/api/v1/imports/progress?workspace=${slug}&uploadId=${uploadId}`).catch(() => null);
      const p = res?.ok ? ((await res.json()) as UploadProgress | null) : null;
      if (p) setState((s) => (s.phase === "uploading" ? { ...s, read: p.bytesRead, rows: p.rowsRead, receiving: p.receiving, waiting: p.waiting } : s));
    }, 500);
    const finish = (next: UploadState) => {
      clearInterval(poll);
      xhr.current = null;
      setState(next);
    };
    req.onload = () => {
      const body = JSON.parse(req.responseText || "null");
      if (req.status >= 200 && req.status < 300) finish({ phase: "done", summary: body as ImportSummary });
      else finish({ phase: "failed", message: body?.error?.message ?? `HTTP ${req.status}` });
    };
    req.onerror = () => finish({ phase: "failed", message: connectionFailed });
    req.onabort = () => finish({ phase: "failed", message: "cancelled" });
    req.open("POST", `/api/v1/imports?${params}`);
    req.setRequestHeader("Content-Type", "text/csv");
    req.send(file);
  }

  return { state, start, cancel: () => xhr.current?.abort(), reset: () => setState({ phase: "idle" }) };
}
