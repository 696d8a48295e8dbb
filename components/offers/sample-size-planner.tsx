"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { minimumDetectableEffect, requiredUsersPerGroup } from "@/lib/stats/power";
import { useStatFormat } from "./use-stat-format";

const input = "mt-1 block w-28 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm";

function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined; // out-of-range input: the field shows "—" rather than a number it cannot stand behind
  }
}

/** Sample size for a baseline and effect, and the reverse; pure lib/stats/power.ts in the browser. */
export function SampleSizePlanner({ defaultBaseline }: { defaultBaseline: number | null }) {
  const t = useTranslations("offers");
  const f = useStatFormat("EUR");
  const [baseline, setBaseline] = useState(defaultBaseline === null ? "10" : (Math.round(defaultBaseline * 1000) / 10).toString());
  const [effect, setEffect] = useState("10");
  const [kind, setKind] = useState<"relative" | "absolute">("relative");
  const [alpha, setAlpha] = useState("0.05");
  const [power, setPower] = useState("0.8");
  const [have, setHave] = useState("1000");

  const p0 = Number(baseline) / 100;
  const options = { alpha: Number(alpha), power: Number(power) };
  const e = Number(effect) / 100;
  const needed = attempt(() => requiredUsersPerGroup(p0, kind === "relative" ? { relative: e } : { absolute: e }, options));
  const mde = attempt(() => minimumDetectableEffect(p0, Number(have), options));

  return (
    <Card title={t("planner")}>
      <p className="mb-3 text-xs text-slate-500">{t("plannerExplain")}</p>
      <div className="flex flex-wrap items-end gap-3 text-xs font-medium text-slate-600">
        <label>
          {t("baseline")}
          <input
            aria-label={t("baseline")}
            type="number"
            min="0"
            max="100"
            step="0.1"
            className={input}
            value={baseline}
            onChange={(ev) => setBaseline(ev.target.value)}
          />
        </label>
        <Choice label={t("significance")} value={alpha} options={["0.01", "0.05", "0.1"]} onChange={setAlpha} />
        <Choice label={t("power")} value={power} options={["0.8", "0.9", "0.95"]} onChange={setPower} />
      </div>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <section className="rounded-md bg-slate-50 p-3">
          <div className="flex flex-wrap items-end gap-3 text-xs font-medium text-slate-600">
            <label>
              {t("mde")}
              <input aria-label={t("mde")} type="number" step="0.1" className={input} value={effect} onChange={(ev) => setEffect(ev.target.value)} />
            </label>
            <label>
              {t("mdeKind")}
              <select aria-label={t("mdeKind")} className={input} value={kind} onChange={(ev) => setKind(ev.target.value as "relative" | "absolute")}>
                <option value="relative">{t("relative")}</option>
                <option value="absolute">{t("absolute")}</option>
              </select>
            </label>
          </div>
          <p className="mt-3 text-sm">
            <span className="text-slate-500">{t("neededPerGroup")}: </span>
            <strong data-testid="planner-needed">
              {needed === undefined ? "—" : t("neededResult", { perGroup: f.int(needed), total: f.int(needed * 2) })}
            </strong>
          </p>
        </section>
        <section className="rounded-md bg-slate-50 p-3">
          <label className="text-xs font-medium text-slate-600">
            {t("havePerGroup")}
            <input aria-label={t("havePerGroup")} type="number" min="1" step="1" className={input} value={have} onChange={(ev) => setHave(ev.target.value)} />
          </label>
          <p className="mt-3 text-sm">
            <span className="text-slate-500">{t("detectable")}: </span>
            <strong data-testid="planner-mde">
              {mde === undefined
                ? "—"
                : mde === null
                  ? t("undetectable")
                  : t("detectableResult", {
                      absolute: f.points(mde.absolute),
                      relative: f.pct(mde.relative),
                      baseline: f.pct(p0),
                      target: f.pct(p0 + mde.absolute),
                    })}
            </strong>
          </p>
        </section>
      </div>
    </Card>
  );
}

function Choice({ label, value, options, onChange }: { label: string; value: string; options: string[]; onChange: (value: string) => void }) {
  return (
    <label>
      {label}
      <select aria-label={label} className={input} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </label>
  );
}
