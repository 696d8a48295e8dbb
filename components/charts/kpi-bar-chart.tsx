"use client";

import dynamic from "next/dynamic";
import { BarPoster, type PosterLayout } from "./bar-poster";

export type KpiBarPoint = { key: string; label: string; value: number | null; detail: string };
export type ChartMarker = { key: string; label: string };
export type KpiBarChartProps = {
  title: string;
  data: KpiBarPoint[];
  markers: ChartMarker[];
  ticks: number[];
  reference?: { value: number; label: string };
  formatAxis: (v: number) => string;
  formatValue: (v: number | null) => string;
};

// The chart library is loaded after the page: its poster is in the HTML meanwhile.
const Drawn = dynamic(() => import("./kpi-bar-chart-drawn").then((m) => m.KpiBarChartDrawn), { ssr: false });

/** The drawing's margins, axis sizes and font: the poster takes the same. */
const LAYOUT: PosterLayout = { height: 224, top: 18, left: 0, right: 8, axisX: 30, axisY: 64, fontSize: 11 };

/** Rising bars of one KPI per bucket on the given axis ticks, with a marker line at the buckets where
 * campaigns start and, when given, a dotted line at a reference value (the whole period's). */
export function KpiBarChart(props: KpiBarChartProps) {
  return (
    <div className="chart-box relative h-56 w-full" role="img" aria-label={props.title}>
      <BarPoster layout={LAYOUT} data={props.data} markers={props.markers} ticks={props.ticks} reference={props.reference} formatAxis={props.formatAxis} />
      <Drawn {...props} />
    </div>
  );
}
