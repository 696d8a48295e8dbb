"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import type { MonthlyRevenueDrawnProps } from "./monthly-revenue-chart";

const config = { bar: "var(--chart-1)", grid: "var(--chart-grid)" } as const;

/** The chart library's drawing of a MonthlyRevenueChart, with its tooltip; loaded after the page. */
export function MonthlyRevenueChartDrawn({ data, label, ticks, monthLabel, money }: MonthlyRevenueDrawnProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
        <CartesianGrid vertical={false} stroke={config.grid} />
        <XAxis dataKey="month" tickFormatter={monthLabel} tickLine={false} axisLine={false} fontSize={12} minTickGap={12} />
        <YAxis
          tickFormatter={money}
          ticks={ticks}
          domain={[ticks[0], ticks[ticks.length - 1]]}
          allowDataOverflow
          tickLine={false}
          axisLine={false}
          fontSize={12}
          width={80}
        />
        <Tooltip labelFormatter={(m) => monthLabel(String(m))} formatter={(v) => [money(Number(v)), label]} cursor={{ fill: "rgba(47,111,237,0.08)" }} />
        <Bar dataKey="revenue" fill={config.bar} radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
