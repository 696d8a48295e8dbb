"use client";

import type { SatisfactionTrendChartProps } from "./satisfaction-trend-chart";
import { useFormatter } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** The chart library's drawing of SatisfactionTrendChart, loaded after the page (satisfaction-trend-chart.tsx). */
export function SatisfactionTrendChartDrawn({ data, labels }: SatisfactionTrendChartProps) {
  const format = useFormatter();
  const monthLabel = (m: string) => format.dateTime(new Date(`${m}-15T12:00:00Z`), { month: "short", year: "2-digit", timeZone: "UTC" });
  const score = (v: number) => format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <div className="h-64 w-full" role="img" aria-label={labels.title}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="month" tickFormatter={monthLabel} tickLine={false} axisLine={false} fontSize={11} minTickGap={12} />
          <YAxis domain={[0, 10]} tickFormatter={score} tickLine={false} axisLine={false} fontSize={11} width={36} />
          <Tooltip
            labelFormatter={(m) => monthLabel(String(m))}
            formatter={(v, n) => [score(Number(v)), n === "offered" ? labels.offered : labels.notOffered]}
          />
          <Legend formatter={(v) => (v === "offered" ? labels.offered : labels.notOffered)} />
          <Line dataKey="offered" stroke="var(--chart-1)" strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
          <Line dataKey="notOffered" stroke="var(--chart-3)" strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
