// Every view of bench/filter-views.ts through the loader the API routes and share links use (with
// their per-data-version answer cache): `node … bench/filter-matrix.ts DB`. Each view is asked twice
// in a row in one process and connection, as the server keeps them: the first answer (computed) and
// again (from the cache). bench/run.ts runs this in new processes and takes medians. Prints one JSON line.
import { eq } from "drizzle-orm";
import { openStore } from "@/db/store";
import { loadReport } from "@/db/queries/reports/load-report";
import { REPORT_SOURCES } from "@/db/queries/reports/report-sources";
import { workspaceColumns } from "@/db/queries/workspaces/workspaces";
import { workspaces } from "@/db/schema";
import { filterViews } from "./filter-views";

const [dbPath] = process.argv.slice(2);
// Workspace 1's data as the server reads it: its own file, the main file attached (db/store.ts).
const db = openStore(dbPath).workspace(1);
const workspace = db.select(workspaceColumns).from(workspaces).where(eq(workspaces.id, 1)).get()!;

const time = (f: () => unknown) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const views = filterViews().map((v) => {
  const load = () => loadReport(db, workspace, v.page, REPORT_SOURCES[v.page].schema.parse(v.query));
  return { page: v.page, view: v.label, firstMs: time(load), againMs: time(load) };
});
process.stdout.write(JSON.stringify({ views, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
