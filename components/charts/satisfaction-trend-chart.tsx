"use client";

import dynamic from "next/dynamic";
import { ChartLoading } from "./chart-loading";

export type SatisfactionTrendPoint = { month: string; offered: number | null; notOffered: number | null };
export type SatisfactionTrendChartProps = {
  data: SatisfactionTrendPoint[];
  labels: { offered: string; notOffered: string; title: string };
};

/** Average score (0–10) per month of customers shown an offer against those not; shaped data in. Recharts is loaded after the
 * page, in its own chunk; ChartLoading keeps the chart's height meanwhile. */
export const SatisfactionTrendChart = dynamic<SatisfactionTrendChartProps>(
  () => import("./satisfaction-trend-chart-drawn").then((m) => m.SatisfactionTrendChartDrawn),
  {
    ssr: false,
    loading: () => <ChartLoading height="h-64" />,
  },
);
