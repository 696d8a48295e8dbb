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
import { defaultSegmentDimension } from "../segments/default-dimension";
import { getSegmentReport } from "../segments/get-segment-report";
import type { Workspace } from "../workspaces/workspaces";
import { getWorkspaceSummary } from "../workspaces/get-workspace-summary";
import { listAbTests } from "../offers/list-ab-tests";
import { checkSegmentKeys } from "../kpis/check-segment-keys";

type Source<S extends z.ZodObject> = {
  schema: S;
  load: (db: Db, workspace: Workspace, q: z.infer<S>) => unknown;
  /** Through a share link: the input from the saved view, when it is not simply the view's params. */
  sharedInput?: (db: Db, workspace: Workspace, view: URLSearchParams) => Record<string, unknown>;
  /** Through a share link: what the link may show of the answer. */
  sharedOutput?: (data: never, view: URLSearchParams) => unknown;
};
const source = <S extends z.ZodObject, T>(s: {
  schema: S;
  load: (db: Db, workspace: Workspace, q: z.infer<S>) => T;
  sharedInput?: Source<S>["sharedInput"];
  sharedOutput?: (data: T, view: URLSearchParams) => unknown;
}) =>
  ({
    ...s,
    // Every view that filters by segment names keys this workspace has.
    load: (db: Db, workspace: Workspace, q: z.infer<S>) => {
      const segment = (q as { segment?: unknown }).segment;
      if (Array.isArray(segment)) checkSegmentKeys(db, workspace.id, segment);
      return s.load(db, workspace, q);
    },
  }) as unknown as Source<S>;

const empty = z.object({});
export const segmentsQuerySchema = kpiQuerySchema.extend({
  // None named: the workspace's data chooses (defaultSegmentDimension).
  by: segmentDimensionSchema.optional(),
  minSize: z.coerce.number().int().min(1).max(100_000).optional(),
});

/**
 * Every kind of dashboard data, with its query schema and loader: the workspace API routes
 * (/api/v1/workspaces/SLUG/<kind>) and share links (/share/TOKEN/data/<kind>) both answer from here,
 * so a shared report shows exactly what its page shows.
 */
export const REPORT_SOURCES: Record<ReportKind, Source<z.ZodObject>> = {
  overview: source({ schema: kpiQuerySchema, load: (db, workspace, q) => getOverview(db, workspace, q) }),
  "filter-options": source({
    schema: empty,
    load: (db, workspace) => getFilterOptions(db, workspace.id),
    sharedOutput: (options, view) => lockFilterOptions(options, view),
  }),
  summary: source({ schema: empty, load: (db, workspace) => getWorkspaceSummary(db, workspace.id, workspace.timezone) }),
  segments: source({
    schema: segmentsQuerySchema,
    load: (db, workspace, q) => getSegmentReport(db, workspace, q, q.by ?? defaultSegmentDimension(db, workspace.id), q.minSize),
  }),
  campaigns: source({
    schema: kpiQuerySchema,
    load: (db, workspace, q) => getCampaignsReport(db, workspace, { segment: q.segment, campaign: q.campaign, channel: q.channel, category: q.category }),
  }),
  offers: source({ schema: offersQuerySchema, load: (db, workspace, q) => getOffersReport(db, workspace, q) }),
  abtest: source({
    schema: abTestQuerySchema,
    load: (db, workspace, q) => getAbTest(db, workspace, q),
    // The page shows the test named in the view, else the first one, as the Offers page does.
    sharedInput: (db, workspace, view) => ({
      campaign: view.get("test") ?? listAbTests(db, workspace.id)[0]?.key,
      control: view.get("control") ?? undefined,
      split: view.get("split") ?? undefined,
    }),
  }),
  products: source({ schema: productsQuerySchema, load: (db, workspace, q) => getProductsReport(db, workspace, q) }),
  customers: source({ schema: empty, load: (db, workspace) => getCustomerHistoryReport(db, workspace) }),
  "customers/predicted": source({
    schema: clvQuerySchema,
    load: (db, workspace, q) => getClvReport(db, workspace, q),
    // No customer-level rows through a link: the top customers by key stay in the workspace.
    sharedOutput: (report) => (report.ok ? { ...report, top: [] } : report),
  }),
};
