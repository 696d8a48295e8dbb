"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Mean purchases per customer in the holdout period, by calibration-period repeat purchases. */
export type HoldoutPoint = { label: string; customers: number; actual: number; predicted: number };

const config = { actual: "var(--chart-2)", predicted: "var(--chart-1)", grid: "var(--chart-grid)" } as const;

/** Predicted against actual holdout purchases per frequency group; shaped data in, nothing else. */
export function HoldoutChart({
  title,
  data,
  labels,
  formatValue,
}: {
  title: string;
  data: HoldoutPoint[];
  labels: { actual: string; predicted: string; frequency: string };
  formatValue: (v: number) => string;
}) {
  return (
    <div className="h-56 w-full" role="img" aria-label={title}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 12, left: 0 }} accessibilityLayer>
          <CartesianGrid vertical={false} stroke={config.grid} />
          <XAxis
            dataKey="label"
            tickLine={false}
            axisLine={false}
            fontSize={11}
            label={{ value: labels.frequency, position: "insideBottom", offset: -8, fontSize: 11 }}
          />
          <YAxis tickFormatter={formatValue} tickLine={false} axisLine={false} fontSize={11} width={40} />
          <Tooltip
            formatter={(v, n) => [formatValue(Number(v)), n === "actual" ? labels.actual : labels.predicted]}
            cursor={{ fill: "rgba(47,111,237,0.08)" }}
          />
          <Legend verticalAlign="top" height={24} formatter={(v) => (v === "actual" ? labels.actual : labels.predicted)} />
          <Bar dataKey="actual" fill={config.actual} radius={[2, 2, 0, 0]} isAnimationActive={false} />
          <Bar dataKey="predicted" fill={config.predicted} radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
