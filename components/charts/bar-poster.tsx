/** A bar chart's box: its height, margins, y-axis width, x-axis height and tick font size, in px. */
export type PosterLayout = { height: number; top: number; left: number; right: number; axisX: number; axisY: number; fontSize: number };
export type PosterBar = { key: string; label: string; value: number | null };

const MAX_LABELS = 6;
// The chart library's default gap between bars: 10% of each band on either side.
const GAP = 0.1;

/**
 * A bar chart as plain SVG, on the chart's own scale and box, for the page's HTML: the chart library is
 * loaded and draws only in the browser after hydration, so until it has (globals.css hides this once its
 * axes or bars are in) the reader already sees the bars, grid, axis labels, and campaign and reference
 * lines. Widths are percentages, so it fits any screen without a script. The tooltip comes with the chart.
 */
export function BarPoster({
  layout: L,
  data,
  markers = [],
  ticks,
  reference,
  formatAxis,
}: {
  layout: PosterLayout;
  data: PosterBar[];
  markers?: { key: string; label: string }[];
  ticks: number[];
  reference?: { value: number; label: string };
  formatAxis: (v: number) => string;
}) {
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const bottom = L.height - L.axisX;
  const y = (v: number) => bottom - ((Math.min(Math.max(v, lo), hi) - lo) / (hi - lo || 1)) * (bottom - L.top);
  const base = y(Math.max(lo, 0));
  const band = 100 / Math.max(data.length, 1);
  const centre = (i: number) => `${band * (i + 0.5)}%`;
  const every = Math.ceil(data.length / MAX_LABELS);
  const index = new Map(data.map((d, i) => [d.key, i]));
  const plotLeft = L.left + L.axisY;
  return (
    <div className="chart-poster pointer-events-none absolute inset-0 bg-white" aria-hidden data-chart="poster">
      {ticks.map((t) => (
        <span
          key={t}
          className="absolute text-right leading-none text-[#666]"
          style={{ left: L.left, width: L.axisY - 6, top: y(t) - L.fontSize / 2, fontSize: L.fontSize }}
        >
          {formatAxis(t)}
        </span>
      ))}
      <svg
        className="absolute top-0 overflow-visible"
        style={{ left: plotLeft, height: L.height, width: `calc(100% - ${plotLeft + L.right}px)` }}
        focusable="false"
      >
        {ticks.map((t) => (
          <line key={t} x1="0" x2="100%" y1={y(t)} y2={y(t)} stroke="var(--chart-grid)" />
        ))}
        {data.map((d, i) =>
          d.value === null ? null : (
            <rect
              key={d.key}
              x={`${band * (i + GAP)}%`}
              width={`${band * (1 - 2 * GAP)}%`}
              y={Math.min(y(d.value), base)}
              height={Math.abs(base - y(d.value))}
              fill="var(--chart-1)"
            />
          ),
        )}
        {markers.map((m) => {
          const i = index.get(m.key);
          if (i === undefined) return null;
          return (
            <g key={`${m.key}-${m.label}`}>
              <line x1={centre(i)} x2={centre(i)} y1={L.top} y2={bottom} stroke="var(--chart-3)" strokeDasharray="4 3" />
              <text x={centre(i)} y={L.top - 5} textAnchor="middle" fontSize={10} fill="#b45309">
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
            <text key={d.key} x={centre(i)} y={bottom + L.fontSize + 5} textAnchor="middle" fontSize={L.fontSize} fill="#666">
              {d.label}
            </text>
          ) : null,
        )}
      </svg>
    </div>
  );
}
