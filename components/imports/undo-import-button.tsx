"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/hooks/use-action";
import { undoImport } from "@/server/actions/undo-import";

/** Undo asks first, naming what it will take back, and says what it did. */
export function UndoImportButton({ slug, importId, inserted, updated }: { slug: string; importId: number; inserted: number; updated: number }) {
  const t = useTranslations("imports");
  const { execute, pending, error, done } = useAction(undoImport);
  const [asking, setAsking] = useState(false);
  if (done)
    return (
      <span className="text-xs text-slate-700" role="status">
        {t("undoDone", { inserted, updated })}
      </span>
    );
  return (
    <span className="inline-flex flex-col items-start gap-1">
      {asking ? (
        <span className="max-w-72 text-xs text-slate-800" role="group" aria-label={t("undo")}>
          {t("undoConfirm", { inserted, updated })}
          <span className="mt-1 flex gap-2">
            <Button variant="danger" className="px-2 py-1 text-xs" disabled={pending} onClick={() => execute({ workspace: slug, importId })}>
              {t("undoYes")}
            </Button>
            <Button variant="secondary" className="px-2 py-1 text-xs" disabled={pending} onClick={() => setAsking(false)}>
              {t("undoNo")}
            </Button>
          </span>
        </span>
      ) : (
        <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setAsking(true)}>
          {t("undo")}
        </Button>
      )}
      {error && <span className="max-w-64 text-xs text-red-700">{error}</span>}
    </span>
  );
}
