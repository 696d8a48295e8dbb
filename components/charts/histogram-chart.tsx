"use client";

import dynamic from "next/dynamic";
import { ChartLoading } from "./chart-loading";

/** One bar: its label (e.g. "€100–€200") and how many customers fall in it. */
export type HistogramPoint = { key: string; label: string; customers: number };
export type HistogramChartProps = {
  title: string;
  data: HistogramPoint[];
  customersLabel: string;
  formatCount: (v: number) => string;
};

/** Customers per value band; shaped data in, nothing else. Recharts is loaded after the
 * page, in its own chunk; ChartLoading keeps the chart's height meanwhile. */
export const HistogramChart = dynamic<HistogramChartProps>(() => import("./histogram-chart-drawn").then((m) => m.HistogramChartDrawn), {
  ssr: false,
  loading: () => <ChartLoading height="h-60" />,
});
