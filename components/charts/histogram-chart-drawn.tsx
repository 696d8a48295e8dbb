"use client";

import type { HistogramChartProps } from "./histogram-chart";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const config = { bar: "var(--chart-1)", grid: "var(--chart-grid)" } as const;

/** The chart library's drawing of HistogramChart, loaded after the page (histogram-chart.tsx). */
export function HistogramChartDrawn({ title, data, customersLabel, formatCount }: HistogramChartProps) {
  const labelOf = new Map(data.map((d) => [d.key, d.label]));
  return (
    <div className="h-60 w-full" role="img" aria-label={title}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barCategoryGap={1} accessibilityLayer>
          <CartesianGrid vertical={false} stroke={config.grid} />
          {/* preserveStartEnd: the default (preserveEnd) thinned ticks from the end and dropped the first band's label. */}
          <XAxis
            dataKey="key"
            tickFormatter={(k) => labelOf.get(k) ?? k}
            tickLine={false}
            axisLine={false}
            fontSize={11}
            minTickGap={16}
            interval="preserveStartEnd"
          />
          <YAxis tickFormatter={formatCount} tickLine={false} axisLine={false} fontSize={11} width={48} allowDecimals={false} />
          <Tooltip
            labelFormatter={(k) => labelOf.get(String(k)) ?? String(k)}
            formatter={(v) => [formatCount(Number(v)), customersLabel]}
            cursor={{ fill: "rgba(47,111,237,0.08)" }}
          />
          <Bar dataKey="customers" fill={config.bar} radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
