"use client";

import dynamic from "next/dynamic";

/** One bar: its label (e.g. "€100–€200") and how many customers fall in it. */
export type HistogramPoint = { key: string; label: string; customers: number };
export type HistogramChartProps = {
  title: string;
  data: HistogramPoint[];
  customersLabel: string;
  formatCount: (v: number) => string;
};

// The chart library is loaded after the page, in its own chunk; the box keeps the chart's height meanwhile.
const Drawn = dynamic(() => import("./histogram-chart-drawn").then((m) => m.HistogramChartDrawn), {
  ssr: false,
  loading: () => <div className="h-60 w-full rounded bg-slate-50" aria-hidden data-chart="loading" />,
});

/** Customers per value band; shaped data in, nothing else. */
export function HistogramChart(props: HistogramChartProps) {
  return <Drawn {...props} />;
}
