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
  const ws = createWorkspace(ctx.db, args);
  return { data: ws, text: `Created workspace "${ws.name}" with slug ${ws.slug} (${ws.currency}, ${ws.timezone}).` };
}
