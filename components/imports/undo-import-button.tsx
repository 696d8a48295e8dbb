"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/hooks/use-action";
import { undoImport } from "@/server/actions/undo-import";

export function UndoImportButton({ slug, importId }: { slug: string; importId: number }) {
  const t = useTranslations("imports");
  const { execute, pending, error } = useAction(undoImport);
  return (
    <span className="inline-flex flex-col items-start">
      <Button variant="secondary" className="px-2 py-1 text-xs" disabled={pending} onClick={() => execute({ workspace: slug, importId })}>
        {t("undo")}
      </Button>
      {error && <span className="mt-1 max-w-64 text-xs text-red-700">{error}</span>}
    </span>
  );
}
