// One dashboard task, timed cold then warm, in a fresh process: `node … bench/task-once.ts DB TASK [WARM_RUNS]`.
import { openStore } from "@/db/store";
import { getAbVariantStats } from "@/db/queries/offers/get-ab-variant-stats";
import { getBaskets } from "@/db/queries/products/get-baskets";
import { getClvTransactions } from "@/db/queries/customers/get-clv-transactions";
import { getOverview } from "@/db/queries/kpis/get-overview";
import { workspaceColumns } from "@/db/queries/workspaces/workspaces";
import { REPORT_SOURCES } from "@/db/queries/reports/report-sources";
import { workspaces } from "@/db/schema";
import type { ReportKind } from "@/lib/share/report-kinds";
import { eq } from "drizzle-orm";
import { fitClvModel } from "@/lib/clv/fit-clv-model";
import { mineRules } from "@/lib/basket/mine-rules";
import { kpiQuerySchema } from "@/lib/kpi/filters";

const [dbPath, task, warmRuns = "20"] = process.argv.slice(2);
// Workspace 1's data as the server reads it: its own file, the main file attached (db/store.ts).
const db = openStore(dbPath).workspace(1);
const q = (o: Record<string, unknown>) => kpiQuerySchema.parse(o);
const workspace = db.select(workspaceColumns).from(workspaces).where(eq(workspaces.id, 1)).get()!;
// A page's data exactly as its API route loads it (the registry both routes and share links use).
const page =
  (kind: ReportKind, query: Record<string, unknown> = {}) =>
  () =>
    REPORT_SOURCES[kind].load(db, workspace, REPORT_SOURCES[kind].schema.parse(query));

const TASKS: Record<string, () => unknown> = {
  // The overview's whole payload: cards, comparison, series, before/after.
  "overview (all data)": () => getOverview(db, workspace, q({})),
  "overview (last 90 days, segment)": () => getOverview(db, workspace, q({ from: "2026-08-02", to: "2026-10-31", segment: "channel=web" })),
  "overview (last 90 days)": () => getOverview(db, workspace, q({ from: "2026-08-02", to: "2026-10-31" })),
  "A/B variants": () => getAbVariantStats(db, 1, "CMP-XSELL-AB"),
  "segments page (region)": page("segments", { by: "region" }),
  "segments page (rfm)": page("segments", { by: "rfm" }),
  "campaigns page": page("campaigns"),
  "offers page": page("offers"),
  "products page (defaults)": page("products"),
  "customers page (history)": page("customers"),
  "customers page (predicted)": page("customers/predicted"),
  "basket (products, support 0.001)": () => mineRules(getBaskets(db, 1, "product").baskets, { minSupport: 0.001, minConfidence: 0.1 }),
  "clv fit": () => fitClvModel({ transactions: getClvTransactions(db, 1), calibrationEnd: "2026-04-30", timeZone: "Europe/Amsterdam" }),
};

const run = TASKS[task];
if (!run) throw new Error(`unknown task ${task}`);
const time = () => {
  const t = performance.now();
  run();
  return performance.now() - t;
};
const cold = time();
const warm: number[] = [];
for (let i = 0; i < Number(warmRuns); i++) warm.push(time());
warm.sort((a, b) => a - b);
const pick = (p: number) => (warm.length ? warm[Math.min(warm.length - 1, Math.floor(p * warm.length))] : null);
process.stdout.write(JSON.stringify({ coldMs: cold, warmMedianMs: pick(0.5), warmP95Ms: pick(0.95), peakRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
