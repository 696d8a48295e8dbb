"use server";

import { revalidatePath } from "next/cache";
import { rotateShareLink as rotate } from "@/db/queries/reports/share-links";
import { workspaceAction } from "@/server/auth/workspace-action";
import { AppFailure } from "@/lib/result";
import { shareLinkIdSchema } from "@/lib/schemas/share";

/** A new token for the same link; the old one, and any unlock cookie made for it, die at once. */
export const rotateShareLink = workspaceAction(shareLinkIdSchema, "editor", ({ linkId }, { db, workspace }) => {
  const rotated = rotate(db, workspace.id, linkId);
  if (!rotated) throw new AppFailure("not_found", "That link does not exist or is revoked.");
  revalidatePath(`/w/${workspace.slug}/reports`);
  return rotated;
});
