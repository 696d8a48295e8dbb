import clsx from "clsx";

export function Stat({ label, value, testId, wide }: { label: string; value: string; testId?: string; wide?: boolean }) {
  return (
    <div className={clsx("min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm", wide && "col-span-2")}>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="tabular mt-1 truncate text-2xl font-semibold text-slate-900" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
