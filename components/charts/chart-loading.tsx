/** A chart's box while its drawing (loaded after the page) is on its way: the chart's own height,
 * so nothing moves when it arrives. */
export function ChartLoading({ height }: { height: string }) {
  return <div className={`${height} w-full rounded bg-slate-50`} aria-hidden data-chart="loading" />;
}
