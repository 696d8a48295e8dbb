"use client";

import { useTranslations } from "next-intl";
import { KIND_SPECS, type CsvKind } from "@/lib/import";

/** A field an import maps ("order_date"), in the reader's language ("besteldatum"). */
export function useFieldLabel(kind: CsvKind): (field: string) => string {
  const t = useTranslations("importFields");
  return (field) => (t.has(field as never) ? t(field as never) : (KIND_SPECS[kind].fields[field]?.label ?? field));
}
