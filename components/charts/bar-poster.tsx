import type { ChartMarker, KpiBarPoint } from "./kpi-bar-chart";

// The KpiBarChart's own geometry: its margins, y-axis width and x-axis height, and the chart library's
// default gap between bars (10% of each band on either side).
const HEIGHT = 224;
const TOP = 18;
const AXIS_X = 30;
const AXIS_Y = 64;
const RIGHT = 8;
const MAX_LABELS = 6;

/**
 * The bars of a KpiBarChart as plain SVG, on the same scale, for the page's HTML: the chart library draws
 * only in the browser after hydration, so until it has (globals.css hides this once its bars are in),
 * the reader already sees the bars, the grid, the axis labels and the campaign and reference lines.
 * Widths are percentages, so it fits any screen without a script. No tooltip: that comes with the chart.
 */
export function BarPoster({
  data,
  markers,
  ticks,
  reference,
  formatAxis,
}: {
  data: KpiBarPoint[];
  markers: ChartMarker[];
  ticks: number[];
  reference?: { value: number; label: string };
  formatAxis: (v: number) => string;
}) {
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const bottom = HEIGHT - AXIS_X;
  const y = (v: number) => bottom - ((Math.min(Math.max(v, lo), hi) - lo) / (hi - lo || 1)) * (bottom - TOP);
  const band = 100 / Math.max(data.length, 1);
  const centre = (i: number) => band * (i + 0.5);
  const every = Math.ceil(data.length / MAX_LABELS);
  const index = new Map(data.map((d, i) => [d.key, i]));
  return (
    <div className="chart-poster pointer-events-none absolute inset-0 bg-white" aria-hidden data-chart="poster">
      {ticks.map((t) => (
        <span key={t} className="absolute text-right text-[11px] leading-none text-[#666]" style={{ left: 0, width: AXIS_Y - 6, top: y(t) - 5 }}>
          {formatAxis(t)}
        </span>
      ))}
      <svg
        className="absolute top-0 overflow-visible"
        style={{ left: AXIS_Y, right: RIGHT, height: HEIGHT, width: `calc(100% - ${AXIS_Y + RIGHT}px)` }}
        focusable="false"
      >
        {ticks.map((t) => (
          <line key={t} x1="0" x2="100%" y1={y(t)} y2={y(t)} stroke="var(--chart-grid)" />
        ))}
        {data.map((d, i) =>
          d.value === null ? null : (
            <rect
              key={d.key}
              x={`${band * i + band * 0.1}%`}
              width={`${band * 0.8}%`}
              y={Math.min(y(d.value), y(Math.max(lo, 0)))}
              height={Math.abs(y(Math.max(lo, 0)) - y(d.value))}
              fill="var(--chart-1)"
            />
          ),
        )}
        {markers.map((m) => {
          if (!index.has(m.key)) return null;
          const x = `${centre(index.get(m.key)!)}%`;
          return (
            <g key={`${m.key}-${m.label}`}>
              <line x1={x} x2={x} y1={TOP} y2={bottom} stroke="var(--chart-3)" strokeDasharray="4 3" />
              <text x={x} y={TOP - 5} textAnchor="middle" fontSize={10} fill="#b45309">
                {m.label}
              </text>
            </g>
          );
        })}
        {reference && (
          <g>
            <line x1="0" x2="100%" y1={y(reference.value)} y2={y(reference.value)} stroke="#334155" strokeDasharray="2 3" />
            <text x="100%" dx={-5} y={y(reference.value) + 14} textAnchor="end" fontSize={10} fill="#334155">
              {reference.label}
            </text>
          </g>
        )}
        {/* Labels counted from the last bar, as the chart library keeps its last tick. */}
        {data.map((d, i) =>
          (data.length - 1 - i) % every === 0 ? (
            <text key={d.key} x={`${centre(i)}%`} y={bottom + 16} textAnchor="middle" fontSize={11} fill="#666">
              {d.label}
            </text>
          ) : null,
        )}
      </svg>
    </div>
  );
}
