"use client";

import dynamic from "next/dynamic";

export type SatisfactionTrendPoint = { month: string; offered: number | null; notOffered: number | null };
export type SatisfactionTrendChartProps = {
  data: SatisfactionTrendPoint[];
  labels: { offered: string; notOffered: string; title: string };
};

// The chart library is loaded after the page, in its own chunk; the box keeps the chart's height meanwhile.
const Drawn = dynamic(() => import("./satisfaction-trend-chart-drawn").then((m) => m.SatisfactionTrendChartDrawn), {
  ssr: false,
  loading: () => <div className="h-64 w-full rounded bg-slate-50" aria-hidden data-chart="loading" />,
});

/** Average score (0–10) per month of customers shown an offer against those not; shaped data in. */
export function SatisfactionTrendChart(props: SatisfactionTrendChartProps) {
  return <Drawn {...props} />;
}
