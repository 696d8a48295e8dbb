"use client";

import dynamic from "next/dynamic";
import { useFormatter } from "next-intl";
import { niceTicks } from "@/lib/charts/nice-ticks";
import { BarPoster, type PosterLayout } from "./bar-poster";

export type MonthlyRevenuePoint = { month: string; revenue: number; orders: number };
export type MonthlyRevenueDrawnProps = {
  data: MonthlyRevenuePoint[];
  label: string;
  ticks: number[];
  monthLabel: (month: string) => string;
  money: (v: number) => string;
};

// The chart library is loaded after the page: its poster is in the HTML meanwhile.
const Drawn = dynamic(() => import("./monthly-revenue-chart-drawn").then((m) => m.MonthlyRevenueChartDrawn), { ssr: false });
const LAYOUT: PosterLayout = { height: 288, top: 8, left: 8, right: 8, axisX: 30, axisY: 80, fontSize: 12 };

/** Rising bars of revenue per month; takes shaped data and renders nothing else. */
export function MonthlyRevenueChart({ data, currency, label }: { data: MonthlyRevenuePoint[]; currency: string; label: string }) {
  const format = useFormatter();
  const monthLabel = (m: string) => format.dateTime(new Date(`${m}-15T12:00:00Z`), { month: "short", year: "2-digit", timeZone: "UTC" });
  const money = (v: number) => format.number(v, { style: "currency", currency, maximumFractionDigits: 0 });
  // The axis on round steps, fixed here so that the poster and the drawing share it.
  const { ticks } = niceTicks(Math.max(0, ...data.map((d) => d.revenue)));
  return (
    <div className="chart-box relative h-72 w-full" role="img" aria-label={label}>
      <BarPoster layout={LAYOUT} data={data.map((d) => ({ key: d.month, label: monthLabel(d.month), value: d.revenue }))} ticks={ticks} formatAxis={money} />
      <Drawn data={data} label={label} ticks={ticks} monthLabel={monthLabel} money={money} />
    </div>
  );
}
