"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A share URL shown once, right after it was made: only its hash is kept, so it cannot be shown again. */
export function CopyLink({ token }: { token: string }) {
  const t = useTranslations("reports");
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}/share/${token}`;
  return (
    <div className="rounded-md border border-emerald-200 bg-emerald-50 p-3">
      <p className="text-xs font-medium text-emerald-900">{t("copyOnce")}</p>
      <div className="mt-2 flex gap-2">
        <input
          readOnly
          aria-label={t("shareUrl")}
          className="min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-2 py-1.5 font-mono text-xs"
          value={url}
          onFocus={(e) => e.target.select()}
        />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
    </div>
  );
}
