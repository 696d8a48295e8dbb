"use client";

import { ImageDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";

/** A chart with a "PNG" download: the rendered chart as the reader sees it, on a white background,
 * at twice the screen resolution so it stays sharp in slides. */
export function ChartFrame({ name, children }: { name: string; children: ReactNode }) {
  const t = useTranslations("common");
  const ref = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  async function download() {
    if (!ref.current) return;
    setBusy(true);
    try {
      // Loaded on demand: only readers who export pay for it.
      const { toPng } = await import("html-to-image");
      const url = await toPng(ref.current, {
        backgroundColor: "#ffffff",
        pixelRatio: 2,
        filter: (n) => !(n instanceof HTMLElement && n.dataset.exportSkip !== undefined),
      });
      const a = document.createElement("a");
      a.href = url;
      a.download = `${
        name
          .replace(/[^\p{L}\p{N}]+/gu, "-")
          .replace(/^-|-$/g, "")
          .toLowerCase() || "chart"
      }.png`;
      a.click();
    } finally {
      setBusy(false);
    }
  }
  return (
    <div ref={ref}>
      <div className="flex justify-end print:hidden" data-export-skip>
        <button
          type="button"
          onClick={download}
          disabled={busy}
          title={t("downloadPng")}
          aria-label={`${t("downloadPng")}: ${name}`}
          className="inline-flex items-center gap-1 rounded-md px-1.5 py-1 text-xs text-slate-500 hover:bg-slate-100 hover:text-slate-800"
        >
          <ImageDown className="size-3.5" aria-hidden />
          PNG
        </button>
      </div>
      {children}
    </div>
  );
}
