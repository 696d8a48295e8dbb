"use client";

import { useFormatter } from "next-intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type MonthlyRevenuePoint = { month: string; revenue: number; orders: number };

const config = { bar: "var(--chart-1)", grid: "var(--chart-grid)" } as const;

/** Rising bars of revenue per month; takes shaped data and renders nothing else. */
export function MonthlyRevenueChart({ data, currency, label }: { data: MonthlyRevenuePoint[]; currency: string; label: string }) {
  const format = useFormatter();
  const monthLabel = (m: string) => format.dateTime(new Date(`${m}-15T12:00:00Z`), { month: "short", year: "2-digit", timeZone: "UTC" });
  const money = (v: number) => format.number(v, { style: "currency", currency, maximumFractionDigits: 0 });
  return (
    <div className="h-72 w-full" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
          <CartesianGrid vertical={false} stroke={config.grid} />
          <XAxis dataKey="month" tickFormatter={monthLabel} tickLine={false} axisLine={false} fontSize={12} minTickGap={12} />
          <YAxis tickFormatter={money} tickLine={false} axisLine={false} fontSize={12} width={80} />
          <Tooltip labelFormatter={(m) => monthLabel(String(m))} formatter={(v) => [money(Number(v)), label]} cursor={{ fill: "rgba(47,111,237,0.08)" }} />
          <Bar dataKey="revenue" fill={config.bar} radius={[3, 3, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
