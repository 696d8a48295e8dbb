import { z } from "zod";
import { resetWorkspaceToDemo } from "@/db/queries/imports/reset-workspace-to-demo";
import { resolveWorkspace, type CliContext } from "../context";

export const demoArgs = z.object({ seed: z.coerce.number().int().optional() });

/** Resets a workspace to the demo web shop (deterministic for a given seed). */
export function demo(ctx: CliContext, args: z.infer<typeof demoArgs>) {
  const { workspace, data } = resolveWorkspace(ctx);
  const started = performance.now();
  const counts = resetWorkspaceToDemo(data, workspace.id, { seed: args.seed });
  return {
    data: { workspace: workspace.slug, ...counts, seconds: Math.round(performance.now() - started) / 1000 },
    text: `Workspace "${workspace.slug}" reset to demo data: ${counts.customers} customers, ${counts.products} products, ${counts.orders} orders (${counts.orderLines} lines), ${counts.campaigns} campaigns, ${counts.offers} offers, ${counts.feedback} feedback ratings.`,
  };
}
