"use client";

import type { HoldoutChartProps } from "./holdout-chart";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const config = { actual: "var(--chart-2)", predicted: "var(--chart-1)", grid: "var(--chart-grid)" } as const;

/** The chart library's drawing of HoldoutChart, loaded after the page (holdout-chart.tsx). */
export function HoldoutChartDrawn({ title, data, labels, formatValue }: HoldoutChartProps) {
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
