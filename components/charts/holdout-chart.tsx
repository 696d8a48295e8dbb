"use client";

import dynamic from "next/dynamic";
import { ChartLoading } from "./chart-loading";

/** Mean purchases per customer in the holdout period, by calibration-period repeat purchases. */
export type HoldoutPoint = { label: string; customers: number; actual: number; predicted: number };
export type HoldoutChartProps = {
  title: string;
  data: HoldoutPoint[];
  labels: { actual: string; predicted: string; frequency: string };
  formatValue: (v: number) => string;
};

/** Predicted against actual holdout purchases per frequency group; shaped data in, nothing else. Recharts is loaded after the
 * page, in its own chunk; ChartLoading keeps the chart's height meanwhile. */
export const HoldoutChart = dynamic<HoldoutChartProps>(() => import("./holdout-chart-drawn").then((m) => m.HoldoutChartDrawn), {
  ssr: false,
  loading: () => <ChartLoading height="h-56" />,
});
