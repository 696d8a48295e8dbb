"use client";

import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import type { KpiBarChartProps, KpiBarPoint } from "./kpi-bar-chart";

const config = { bar: "var(--chart-1)", grid: "var(--chart-grid)", marker: "var(--chart-3)", reference: "#334155" } as const;

/** The chart library's drawing of a KpiBarChart, with its tooltip; loaded after the page (kpi-bar-chart.tsx). */
export function KpiBarChartDrawn({ title, data, markers, ticks, reference, formatAxis, formatValue }: KpiBarChartProps) {
  const labelOf = new Map(data.map((d) => [d.key, d.label]));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 18, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
        <CartesianGrid vertical={false} stroke={config.grid} />
        <XAxis dataKey="key" tickFormatter={(k) => labelOf.get(k) ?? k} tickLine={false} axisLine={false} fontSize={11} minTickGap={8} />
        <YAxis
          tickFormatter={formatAxis}
          ticks={ticks}
          domain={[ticks[0], ticks[ticks.length - 1]]}
          allowDataOverflow
          tickLine={false}
          axisLine={false}
          fontSize={11}
          width={64}
        />
        <Tooltip
          labelFormatter={(k) => labelOf.get(String(k)) ?? String(k)}
          formatter={(v, _n, item) => [`${formatValue(v === null || v === undefined ? null : Number(v))} (${(item.payload as KpiBarPoint).detail})`, title]}
          cursor={{ fill: "rgba(47,111,237,0.08)" }}
        />
        <Bar dataKey="value" fill={config.bar} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        {reference && (
          <ReferenceLine
            y={reference.value}
            stroke={config.reference}
            strokeDasharray="2 3"
            label={{ value: reference.label, position: "insideTopRight", fontSize: 10, fill: "#334155" }}
          />
        )}
        {markers.map((m) => (
          <ReferenceLine
            key={`${m.key}-${m.label}`}
            x={m.key}
            stroke={config.marker}
            strokeDasharray="4 3"
            label={{ value: m.label, position: "top", fontSize: 10, fill: "#b45309" }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
