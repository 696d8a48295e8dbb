"use server";

import { revalidatePath } from "next/cache";
import { createShareLink as create } from "@/db/queries/reports/share-links";
import { getSavedReport } from "@/db/queries/reports/saved-reports";
import { workspaceAction } from "@/server/auth/workspace-action";
import { readOffThread } from "@/server/reports/load-report-off-thread";
import { AppFailure } from "@/lib/result";
import { createShareLinkSchema } from "@/lib/schemas/share";

/** A read-only link to a saved report; the plain token is returned this once and never stored. */
export const createShareLink = workspaceAction(createShareLinkSchema, "editor", async (input, { db, user, workspace }) => {
  const report = getSavedReport(db, workspace.id, input.reportId);
  if (!report) throw new AppFailure("not_found", "That report no longer exists.");
  const now = new Date();
  // Every kind the page reads, computed on a report worker: a CLV fit is long work.
  const snapshot = input.mode === "snapshot" ? await readOffThread(db, "snapshot", { workspace, page: report.page, query: report.query }) : undefined;
  const link = await create(db, { workspaceId: workspace.id, createdBy: user.id, ...input, snapshot, dataAsOf: snapshot ? now : undefined }, now);
  revalidatePath(`/w/${workspace.slug}/reports`);
  return link;
});
