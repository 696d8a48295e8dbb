/** A tiny trend line; nulls leave gaps. Plain SVG, not the chart library: it has no axes or tooltip,
 * and so it is drawn in the page's HTML, with the numbers, before any script runs. */
export function Sparkline({ values }: { values: (number | null)[] }) {
  const known = values.filter((v): v is number => v !== null);
  const min = Math.min(...known);
  const max = Math.max(...known);
  // A 100 × 40 box, 4 units clear at top and bottom; a flat series runs through the middle.
  const x = (i: number) => (values.length > 1 ? 2 + (96 * i) / (values.length - 1) : 50);
  const y = (v: number) => (max > min ? 36 - (32 * (v - min)) / (max - min) : 20);
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run.join(" "));
      run = [];
    } else run.push(`${x(i).toFixed(2)},${y(v).toFixed(2)}`);
  });
  if (run.length) runs.push(run.join(" "));
  return (
    <div className="h-10 w-full" aria-hidden>
      <svg className="block h-full w-full" viewBox="0 0 100 40" preserveAspectRatio="none" focusable="false" data-chart="sparkline">
        {/* A lone month between gaps draws nothing, as in the line charts. */}
        {runs
          .filter((points) => points.includes(" "))
          .map((points) => (
            <polyline
              key={points}
              points={points}
              fill="none"
              stroke="var(--chart-1)"
              strokeWidth={1.5}
              vectorEffect="non-scaling-stroke"
              strokeLinejoin="round"
            />
          ))}
      </svg>
    </div>
  );
}
