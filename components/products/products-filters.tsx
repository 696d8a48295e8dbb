"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { MAX_RULE_LENGTH, MIN_SUPPORT_FLOOR } from "@/lib/basket/products-query";
import type { useProductsParams } from "./use-products-params";

const control = "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm";
const label = "text-xs font-medium text-slate-600";
const LENGTHS = Array.from({ length: MAX_RULE_LENGTH - 1 }, (_, i) => String(i + 2));

type Props = { url: ReturnType<typeof useProductsParams>; dataRange: { first: string; last: string } | null };

/** Thresholds, level, rule length, chance filter and period; numbers apply on Enter or on leaving the field. */
export function ProductsFilters({ url, dataRange }: Props) {
  const t = useTranslations("products");
  const minLength = url.get("minLength");
  const maxLength = url.get("maxLength");
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
      aria-label={t("filters")}
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset disabled={url.locked} className="contents">
        <label className={label}>
          {t("level")}
          <select aria-label={t("level")} className={control} value={url.get("level")} onChange={(e) => url.update({ level: e.target.value })}>
            <option value="product">{t("levelProduct")}</option>
            <option value="category">{t("levelCategory")}</option>
          </select>
        </label>
        {/* key: a new URL value (e.g. after Reset) replaces what was typed. */}
        <NumberFilter
          key={`s${url.get("minSupport")}`}
          label={t("minSupport")}
          hint={t("minSupportHint")}
          value={url.get("minSupport")}
          min={MIN_SUPPORT_FLOOR}
          max={1}
          step={0.0005}
          onCommit={(v) => url.update({ minSupport: v })}
        />
        <NumberFilter
          key={`o${url.get("minOrders")}`}
          label={t("minOrders")}
          hint={t("minOrdersHint")}
          value={url.get("minOrders")}
          min={1}
          step={1}
          onCommit={(v) => url.update({ minOrders: v })}
        />
        <NumberFilter
          key={`c${url.get("minConfidence")}`}
          label={t("minConfidence")}
          hint={t("minConfidenceHint")}
          value={url.get("minConfidence")}
          min={0}
          max={1}
          step={0.01}
          onCommit={(v) => url.update({ minConfidence: v })}
        />
        <NumberFilter
          key={`l${url.get("minLift")}`}
          label={t("minLift")}
          hint={t("minLiftHint")}
          value={url.get("minLift")}
          min={0}
          step={0.5}
          onCommit={(v) => url.update({ minLift: v })}
        />
        {/* Moving one bound past the other carries the other along, so the pair stays valid. */}
        <LengthSelect
          label={t("minLength")}
          value={minLength}
          onChange={(v) => url.update({ minLength: v, ...(Number(v) > Number(maxLength) ? { maxLength: v } : {}) })}
        />
        <LengthSelect
          label={t("maxLength")}
          value={maxLength}
          onChange={(v) => url.update({ maxLength: v, ...(Number(v) < Number(minLength) ? { minLength: v } : {}) })}
        />
        <label className="flex items-center gap-2 pb-2 text-sm text-slate-700" title={t("hideChanceHint")}>
          <input
            type="checkbox"
            className="size-4 rounded border-slate-300"
            checked={url.get("hideChance") === "true"}
            onChange={(e) => url.update({ hideChance: String(e.target.checked) })}
          />
          {t("hideChance")}
        </label>
        <label className={label}>
          {t("from")}
          <input
            aria-label={t("from")}
            type="date"
            className={control}
            value={url.get("from")}
            min={dataRange?.first}
            max={dataRange?.last}
            onChange={(e) => url.update({ from: e.target.value })}
          />
        </label>
        <label className={label}>
          {t("to")}
          <input
            aria-label={t("to")}
            type="date"
            className={control}
            value={url.get("to")}
            min={dataRange?.first}
            max={dataRange?.last}
            onChange={(e) => url.update({ to: e.target.value })}
          />
        </label>
        {url.changed && !url.locked && (
          <button type="button" className="pb-1.5 text-sm text-brand-700 hover:underline" onClick={url.reset}>
            {t("reset")}
          </button>
        )}
      </fieldset>
    </form>
  );
}

function LengthSelect({ label: text, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <label className={label}>
      {text}
      <select aria-label={text} className={control} value={value} onChange={(e) => onChange(e.target.value)}>
        {LENGTHS.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}

type NumberFilterProps = { label: string; hint: string; value: string; min: number; max?: number; step: number; onCommit: (value: string) => void };

function NumberFilter({ label: text, hint, value, min, max, step, onCommit }: NumberFilterProps) {
  const [draft, setDraft] = useState(value);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <label className={label} title={hint}>
      {text}
      <input
        aria-label={text}
        type="number"
        inputMode="decimal"
        className={`${control} w-28`}
        value={draft}
        min={min}
        max={max}
        step={step}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
        }}
      />
    </label>
  );
}
