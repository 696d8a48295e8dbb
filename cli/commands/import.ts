import { readFileSync } from "node:fs";
import { z } from "zod";
import { importResult } from "@/server/import/import-csv";
import { importFile } from "@/server/import/import-file";
import { CSV_KINDS, isImportFileError } from "@/lib/import";
import { AppFailure } from "@/lib/result";
import { resolveWorkspace, type CliContext } from "../context";

export const importArgs = z.object({
  file: z.string({ error: "Name the file: npm run cli -- import FILE --kind KIND" }).min(1),
  kind: z.enum(CSV_KINDS).optional(),
  preset: z.string().optional(),
  mapping: z.string().optional(),
  "dry-run": z.boolean().default(false),
  "accept-rejected": z.boolean().default(false),
  "without-customers": z.boolean().default(false),
});

/** Imports one CSV file in one transaction; prints the counts and every rejected row. */
export async function importCommand(ctx: CliContext, args: z.infer<typeof importArgs>) {
  const { workspace, data: workspaceDb } = resolveWorkspace(ctx);
  let format: unknown;
  if (args.mapping) {
    try {
      format = JSON.parse(readFileSync(args.mapping, "utf8"));
    } catch (e) {
      throw new AppFailure("invalid_input", `Cannot read the mapping file ${args.mapping}: ${e instanceof Error ? e.message : e}`);
    }
  }
  try {
    const s = await importFile(workspaceDb, {
      path: args.file,
      workspaceId: workspace.id,
      timeZone: workspace.timezone,
      userId: null,
      source: "cli",
      fileName: args.file.split("/").pop() ?? args.file,
      kind: args.kind,
      preset: args.preset as never,
      format,
      dryRun: args["dry-run"],
      acceptRejected: args["accept-rejected"],
      withoutCustomers: args["without-customers"],
    });
    if (s.status === "needs_confirmation") {
      throw new AppFailure(
        "invalid_input",
        `${n(s.rejected)} of ${n(s.rowsRead)} rows were rejected, more than 5%; nothing was imported. ${byReason(s).join("; ")}. Fix the file, or pass --accept-rejected.`,
      );
    }
    const data = importResult(s);
    const verb = s.status === "dry_run" ? "Dry run, nothing written" : `Import #${s.importId}`;
    const aside = Object.entries(s.setAside).map(([reason, n]) => `  ${n} set aside: ${reason}.`);
    const currency = s.currencyAdopted ? [`  The workspace held no orders yet and now uses ${s.currencyAdopted}, the file's currency.`] : [];
    const guests =
      s.guestOrders > 0 ? [`  ${s.guestOrders} orders were guest checkouts (no customer id, e-mail or phone): in revenue and orders, in no customer KPI.`] : [];
    const reasons = s.rejected > 0 ? [`  Rejected: ${byReason(s).join("; ")}.`] : [];
    const errs = s.errors
      .slice(0, 10)
      .map((e) => `  line ${e.line}${e.column ? `, ${e.column}` : ""}${e.value !== null ? ` (${JSON.stringify(e.value)})` : ""}: ${e.message}`);
    return {
      data,
      text: [
        `${verb}: ${s.kind}, ${s.rowsRead} rows read, ${s.inserted} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.rejected} rejected.`,
        ...currency,
        ...guests,
        ...aside,
        ...reasons,
        ...errs,
        s.errors.length > 10 ? `  … and ${s.rejected - 10} more (use --json for all).` : "",
      ]
        .filter(Boolean)
        .join("\n"),
    };
  } catch (e) {
    if (isImportFileError(e)) throw new AppFailure("invalid_input", e.message);
    if (e instanceof Error && "code" in e && e.code === "ENOENT") throw new AppFailure("not_found", `No file ${args.file}.`);
    throw e;
  }
}

const n = (x: number) => x.toLocaleString("en");

/** "135,037 rows like line 2: No customer: ..." per reason, most frequent first. */
function byReason(s: { rejectedByReason: { count: number; firstLine: number; message: string }[] }): string[] {
  return s.rejectedByReason.map((g) => `${n(g.count)} ${g.count === 1 ? "row" : "rows"} like line ${g.firstLine}: ${g.message.replace(/\.$/, "")}`);
}
