"use client";

import dynamic from "next/dynamic";
import { ChartLoading } from "./chart-loading";

export type CostRevenuePoint = { name: string; cost: number; revenue: number };
export type CostRevenueChartProps = {
  data: CostRevenuePoint[];
  labels: { cost: string; revenue: string; title: string };
  formatMoney: (v: number) => string;
};

/** Cost against attributed revenue per campaign; shaped data in, nothing else. Recharts is loaded after the
 * page, in its own chunk; ChartLoading keeps the chart's height meanwhile. */
export const CostRevenueChart = dynamic<CostRevenueChartProps>(() => import("./cost-revenue-chart-drawn").then((m) => m.CostRevenueChartDrawn), {
  ssr: false,
  loading: () => <ChartLoading height="h-72" />,
});
