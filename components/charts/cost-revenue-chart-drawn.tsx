"use client";

import type { CostRevenueChartProps } from "./cost-revenue-chart";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** The chart library's drawing of CostRevenueChart, loaded after the page (cost-revenue-chart.tsx). */
export function CostRevenueChartDrawn({ data, labels, formatMoney }: CostRevenueChartProps) {
  return (
    <div className="h-72 w-full" role="img" aria-label={labels.title}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          {/* Every campaign is named, slanted so that names never run into each other on a phone. */}
          <XAxis dataKey="name" tickLine={false} axisLine={false} fontSize={11} interval={0} angle={-30} textAnchor="end" height={76} />
          <YAxis tickFormatter={formatMoney} tickLine={false} axisLine={false} fontSize={11} width={72} />
          <Tooltip formatter={(v, n) => [formatMoney(Number(v)), n === "cost" ? labels.cost : labels.revenue]} />
          <Legend formatter={(v) => (v === "cost" ? labels.cost : labels.revenue)} />
          <Bar dataKey="cost" fill="var(--chart-3)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          <Bar dataKey="revenue" fill="var(--chart-2)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
