import { z } from "zod";
import type { Db } from "../../client";
import { productsQuerySchema } from "@/lib/basket/products-query";
import { kpiQuerySchema } from "@/lib/kpi/filters";
import { abTestQuerySchema, offersQuerySchema } from "@/lib/offers/offers-query";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";
import { lockFilterOptions } from "@/lib/share/lock-filter-options";
import type { ReportKind } from "@/lib/share/report-kinds";
import { clvQuerySchema } from "@/lib/customers/schemas";
import { getClvReport } from "../customers/get-clv-report";
import { getCustomerHistoryReport } from "../customers/get-customer-history-report";
import { getAbTest } from "../offers/get-ab-test";
import { getCampaignsReport } from "../campaigns/get-campaigns-report";
import { getFilterOptions } from "../kpis/get-filter-options";
import { getOffersReport } from "../offers/get-offers-report";
import { getOverview } from "../kpis/get-overview";
import { getProductsReport } from "../products/get-products-report";
import { getSegmentReport } from "../segments/get-segment-report";
import type { Workspace } from "../workspaces/workspaces";
import { getWorkspaceSummary } from "../workspaces/get-workspace-summary";
import { listAbTests } from "../offers/list-ab-tests";

type Source<S extends z.ZodObject> = {
  schema: S;
  load: (db: Db, ws: Workspace, q: z.infer<S>) => unknown;
  /** Through a share link: the input from the saved view, when it is not simply the view's params. */
  sharedInput?: (db: Db, ws: Workspace, view: URLSearchParams) => Record<string, unknown>;
  /** Through a share link: what the link may show of the answer. */
  sharedOutput?: (data: never, view: URLSearchParams) => unknown;
};
const source = <S extends z.ZodObject, T>(s: { schema: S; load: (db: Db, ws: Workspace, q: z.infer<S>) => T; sharedInput?: Source<S>["sharedInput"]; sharedOutput?: (data: T, view: URLSearchParams) => unknown }) =>
  s as unknown as Source<S>;

const empty = z.object({});
export const segmentsQuerySchema = kpiQuerySchema.extend({
  by: segmentDimensionSchema.prefault("region"),
  minSize: z.coerce.number().int().min(1).max(100_000).optional(),
});

/**
 * Every kind of dashboard data, with its query schema and loader: the workspace API routes
 * (/api/v1/workspaces/SLUG/<kind>) and share links (/share/TOKEN/data/<kind>) both answer from here,
 * so a shared report shows exactly what its page shows.
 */
export const REPORT_SOURCES: Record<ReportKind, Source<z.ZodObject>> = {
  overview: source({ schema: kpiQuerySchema, load: (db, ws, q) => getOverview(db, ws, q) }),
  "filter-options": source({
    schema: empty,
    load: (db, ws) => getFilterOptions(db, ws.id),
    sharedOutput: (options, view) => lockFilterOptions(options, view),
  }),
  summary: source({ schema: empty, load: (db, ws) => getWorkspaceSummary(db, ws.id, ws.timezone) }),
  segments: source({ schema: segmentsQuerySchema, load: (db, ws, q) => getSegmentReport(db, ws, q, q.by, q.minSize) }),
  campaigns: source({
    schema: kpiQuerySchema,
    load: (db, ws, q) => getCampaignsReport(db, ws, { segment: q.segment, campaign: q.campaign, channel: q.channel, category: q.category }),
  }),
  offers: source({ schema: offersQuerySchema, load: (db, ws, q) => getOffersReport(db, ws, q) }),
  abtest: source({
    schema: abTestQuerySchema,
    load: (db, ws, q) => getAbTest(db, ws, q),
    // The page shows the test named in the view, else the first one, as the Offers page does.
    sharedInput: (db, ws, view) => ({
      campaign: view.get("test") ?? listAbTests(db, ws.id)[0]?.key,
      control: view.get("control") ?? undefined,
      split: view.get("split") ?? undefined,
    }),
  }),
  products: source({ schema: productsQuerySchema, load: (db, ws, q) => getProductsReport(db, ws, q) }),
  customers: source({ schema: empty, load: (db, ws) => getCustomerHistoryReport(db, ws) }),
  "customers/predicted": source({
    schema: clvQuerySchema,
    load: (db, ws, q) => getClvReport(db, ws, q),
    // No customer-level rows through a link: the top customers by key stay in the workspace.
    sharedOutput: (report) => (report.ok ? { ...report, top: [] } : report),
  }),
};
