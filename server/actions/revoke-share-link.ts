"use server";

import { revalidatePath } from "next/cache";
import { revokeShareLink as revoke } from "@/db/queries/reports/share-links";
import { workspaceAction } from "@/server/auth/workspace-action";
import { AppFailure } from "@/lib/result";
import { shareLinkIdSchema } from "@/lib/schemas/share";

export const revokeShareLink = workspaceAction(shareLinkIdSchema, "editor", ({ linkId }, { db, workspace }) => {
  if (!revoke(db, workspace.id, linkId)) throw new AppFailure("not_found", "That link does not exist or is already revoked.");
  revalidatePath(`/w/${workspace.slug}/reports`);
  return null;
});
