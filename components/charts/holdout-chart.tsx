"use client";

import dynamic from "next/dynamic";

/** Mean purchases per customer in the holdout period, by calibration-period repeat purchases. */
export type HoldoutPoint = { label: string; customers: number; actual: number; predicted: number };
export type HoldoutChartProps = {
  title: string;
  data: HoldoutPoint[];
  labels: { actual: string; predicted: string; frequency: string };
  formatValue: (v: number) => string;
};

// The chart library is loaded after the page, in its own chunk; the box keeps the chart's height meanwhile.
const Drawn = dynamic(() => import("./holdout-chart-drawn").then((m) => m.HoldoutChartDrawn), {
  ssr: false,
  loading: () => <div className="h-56 w-full rounded bg-slate-50" aria-hidden data-chart="loading" />,
});

/** Predicted against actual holdout purchases per frequency group; shaped data in, nothing else. */
export function HoldoutChart(props: HoldoutChartProps) {
  return <Drawn {...props} />;
}
