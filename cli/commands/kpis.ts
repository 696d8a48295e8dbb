import { getKpiReport } from "@/db/queries/kpis/get-kpi-report";
import { kpiQuerySchema, type KpiQuery } from "@/lib/kpi/filters";
import { KPI_IDS, MONEY_KPIS } from "@/lib/kpi/kpis";
import { resolveWorkspace, type CliContext } from "../context";

export const kpisArgs = kpiQuerySchema;

export function kpis(ctx: CliContext, args: KpiQuery) {
  const { workspace, data } = resolveWorkspace(ctx);
  const report = getKpiReport(data, workspace, args);
  const money = new Intl.NumberFormat("en", { style: "currency", currency: workspace.currency });
  const lines = KPI_IDS.map((id) => {
    const k = report.kpis[id];
    const value = k.value === null ? "—" : MONEY_KPIS.includes(id) ? money.format(k.value) : `${(k.value * 100).toFixed(1)}%`;
    return `  ${id.padEnd(20)} ${value.padStart(14)}   (${k.numerator.toLocaleString("en")} / ${k.denominator.toLocaleString("en")})`;
  });
  return { data: report, text: `KPIs of "${workspace.slug}", ${report.period.from} to ${report.period.to}:\n${lines.join("\n")}` };
}
