import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { dayOf } from "@/lib/kpi/period";
import type { ReportKind } from "@/lib/share/report-kinds";
import type { Workspace } from "../workspaces/workspaces";
import { REPORT_SOURCES } from "./report-sources";
import { AppFailure } from "@/lib/result";
import { searchParamsToObject } from "@/lib/search-params";
import type { z } from "zod";

/** Answers kept per process; a dashboard view's data is a few to a few hundred kB. */
const MAX_ENTRIES = 300;
const cache = new Map<string, unknown>();

/**
 * A dashboard view's data, from memory while the workspace's data is unchanged: every change raises
 * workspaces.data_version (in the same transaction, from whichever process), and the key holds it,
 * the settings the answer depends on and today's date (views without a period end today). Fifty
 * people opening the same overview after an import cost one query, not fifty.
 */
export function loadReport(db: Db, workspace: Workspace, kind: ReportKind, input: unknown, now = Date.now()): unknown {
  const key = reportKey(db, workspace, kind, input, now);
  if (cache.has(key)) return cachedReport(key);
  const data = REPORT_SOURCES[kind].load(db, workspace, input as never);
  rememberReport(key, data);
  return data;
}

/** Reads that are no report kind but are kept per data version the same way (the customers page's
 * target pickers; the API's KPI document). */
export type CachedRead = "target-options" | "kpis";

/** The cache key loadReport files an answer under (it reads the workspace's data_version). */
export function reportKey(db: Db, workspace: Workspace, kind: ReportKind | CachedRead, input: unknown, now = Date.now()): string {
  const row = db.get<{ v: number } | undefined>(sql`SELECT data_version AS v FROM workspace_state WHERE workspace_id = ${workspace.id}`);
  return JSON.stringify([workspace.id, row?.v ?? 0, workspace.timezone, workspace.currency, dayOf(now, workspace.timezone), kind, input]);
}

/** A cached answer (undefined when there is none), now the most recently used. */
export function cachedReport(key: string): unknown {
  if (!cache.has(key)) return undefined;
  const hit = cache.get(key);
  cache.delete(key); // most recently used goes last
  cache.set(key, hit);
  return hit;
}

/** Keeps an answer: loadReport's own, or one a worker thread computed (server/reports). */
export function rememberReport(key: string, data: unknown): void {
  cache.set(key, data);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
}

/** For tests: forget every cached answer. */
export const clearReportCache = () => cache.clear();

/** The query a saved view's data of one kind is read with. Throws AppFailure on bad input. */
export function sharedReportQuery(db: Db, workspace: Workspace, kind: ReportKind, view: URLSearchParams): unknown {
  const s = REPORT_SOURCES[kind];
  return parseOrFail(s.schema, s.sharedInput ? s.sharedInput(db, workspace, view) : searchParamsToObject(view));
}

/** The data of one kind for a saved view, as a share link shows it. Throws AppFailure on bad input. */
export function loadSharedReportData(db: Db, workspace: Workspace, kind: ReportKind, view: URLSearchParams): unknown {
  return sharedReportOutput(kind, loadReport(db, workspace, kind, sharedReportQuery(db, workspace, kind, view)), view);
}

/** What of a view's data a share link shows (no customer-level rows, for one). */
export function sharedReportOutput(kind: ReportKind, data: unknown, view: URLSearchParams): unknown {
  const s = REPORT_SOURCES[kind];
  return s.sharedOutput ? s.sharedOutput(data as never, view) : data;
}

function parseOrFail<S extends z.ZodObject>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppFailure("invalid_input", parsed.error.issues[0].message, parsed.error.issues[0].path.join("."));
  return parsed.data;
}
