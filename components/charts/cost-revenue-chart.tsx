"use client";

import dynamic from "next/dynamic";

export type CostRevenuePoint = { name: string; cost: number; revenue: number };
export type CostRevenueChartProps = {
  data: CostRevenuePoint[];
  labels: { cost: string; revenue: string; title: string };
  formatMoney: (v: number) => string;
};

// The chart library is loaded after the page, in its own chunk; the box keeps the chart's height meanwhile.
const Drawn = dynamic(() => import("./cost-revenue-chart-drawn").then((m) => m.CostRevenueChartDrawn), {
  ssr: false,
  loading: () => <div className="h-72 w-full rounded bg-slate-50" aria-hidden data-chart="loading" />,
});

/** Cost against attributed revenue per campaign; shaped data in, nothing else. */
export function CostRevenueChart(props: CostRevenueChartProps) {
  return <Drawn {...props} />;
}
