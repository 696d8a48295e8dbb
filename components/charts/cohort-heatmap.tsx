"use client";

import { ScrollRegion } from "@/components/ui/scroll-region";

/** One row of the triangle: the cohort's label, size, and one value per month since (0, 1, …). */
export type CohortHeatmapRow = { key: string; label: string; size: string; values: number[] };

/**
 * Cohorts as a heat-map triangle on a CSS grid: rows are cohorts, columns months since the first
 * order, the colour runs from white to a mid blue by value ÷ max. Shaped data in, nothing else.
 */
export function CohortHeatmap({
  title,
  rows,
  columns,
  max,
  formatValue,
  columnLabel,
  cohortLabel,
  describeCell,
}: {
  title: string;
  rows: CohortHeatmapRow[];
  columns: number;
  max: number;
  formatValue: (v: number) => string;
  columnLabel: (offset: number) => string;
  cohortLabel: string;
  describeCell: (row: CohortHeatmapRow, offset: number, value: number) => string;
}) {
  const share = (v: number) => (max > 0 ? Math.max(0, Math.min(1, v / max)) : 0);
  return (
    <ScrollRegion label={title} data-testid="cohort-heatmap">
      <div
        role="table"
        aria-label={title}
        className="tabular grid gap-px text-[11px]"
        style={{ gridTemplateColumns: `minmax(7.5rem, max-content) repeat(${columns}, minmax(3.25rem, 1fr))` }}
      >
        <div role="row" className="contents">
          <div role="columnheader" className="px-1 py-1 font-medium text-slate-500">
            {cohortLabel}
          </div>
          {Array.from({ length: columns }, (_, i) => (
            <div key={i} role="columnheader" className="px-1 py-1 text-center font-medium text-slate-500">
              {columnLabel(i)}
            </div>
          ))}
        </div>
        {rows.map((row) => (
          <div key={row.key} role="row" className="contents" data-testid={`cohort-${row.key}`}>
            <div role="rowheader" className="whitespace-nowrap px-1 py-1 text-slate-700">
              {row.label} <span className="text-slate-500">({row.size})</span>
            </div>
            {Array.from({ length: columns }, (_, i) => {
              if (i >= row.values.length) return <div key={i} role="cell" aria-hidden />;
              const v = row.values[i];
              const s = share(v);
              return (
                <div
                  key={i}
                  role="cell"
                  title={describeCell(row, i, v)}
                  className="px-1 py-1 text-center text-slate-900"
                  // Up to 65% of a dark blue: dark text stays at 4.5:1 or more on every cell (WCAG AA).
                  style={{ background: `color-mix(in srgb, #1e40af ${Math.round(s * 65)}%, white)` }}
                >
                  {formatValue(v)}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </ScrollRegion>
  );
}
