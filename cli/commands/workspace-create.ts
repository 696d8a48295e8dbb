import { z } from "zod";
import { createWorkspace } from "@/db/queries/workspaces/workspaces";
import { workspaceSettingsSchema } from "@/lib/schemas/workspace";
import type { CliContext } from "../context";

export const workspaceCreateArgs = workspaceSettingsSchema.extend({
  currency: workspaceSettingsSchema.shape.currency.default("EUR"),
  timezone: workspaceSettingsSchema.shape.timezone.default("Europe/Amsterdam"),
  locale: workspaceSettingsSchema.shape.locale.default("nl"),
});

export function workspaceCreate(ctx: CliContext, args: z.infer<typeof workspaceCreateArgs>) {
  const workspace = createWorkspace(ctx.db, args);
  return { data: workspace, text: `Created workspace "${workspace.name}" with slug ${workspace.slug} (${workspace.currency}, ${workspace.timezone}).` };
}
