import { parseArgs } from "node:util";
import { z } from "zod";
import { AppFailure, type ErrorCode } from "@/lib/result";
import { openCliContext, type CliContext } from "./context";
import { abtest, abtestArgs } from "./commands/abtest";
import { basket, basketArgs } from "./commands/basket";
import { clv, clvArgs } from "./commands/clv";
import { demo, demoArgs } from "./commands/demo";
import { importArgs, importCommand } from "./commands/import";
import { kpis, kpisArgs } from "./commands/kpis";
import { segments, segmentsArgs } from "./commands/segments";
import { targets, targetsArgs } from "./commands/targets";
import { userCreate, userCreateArgs } from "./commands/user-create";
import { workspaceCreate, workspaceCreateArgs } from "./commands/workspace-create";

// stdout belongs to the command's result (one JSON document with --json): libraries log to stderr.
console.log = console.info = console.warn = console.error;

type Output = { data: unknown; text: string };
type Command = { args: z.ZodObject; run: (ctx: CliContext, args: never) => Output | Promise<Output>; usage: string };

const COMMANDS: Record<string, Command> = {
  abtest: { args: abtestArgs, run: abtest, usage: "abtest --campaign ID [--control VARIANT] [--split A=45,B=45,control=10]" },
  basket: {
    args: basketArgs,
    run: basket,
    usage: "basket --min-support S --min-confidence C [--min-length N] [--min-lift L] [--level product|category]",
  },
  clv: {
    args: clvArgs,
    run: clv,
    usage: "clv --calibration-end YYYY-MM-DD [--holdout-end YYYY-MM-DD] [--horizon-months 12] [--discount-rate 0.01]",
  },
  demo: { args: demoArgs, run: demo, usage: "demo [--seed N]" },
  import: {
    args: importArgs,
    run: importCommand,
    usage:
      "import FILE [--kind orders|customers|products|campaigns|offers|feedback] [--preset NAME] [--mapping FILE.json] [--dry-run] [--accept-rejected] [--without-customers]",
  },
  kpis: {
    args: kpisArgs,
    run: kpis,
    usage: "kpis [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--segment key=value]... [--campaign ID] [--channel C] [--category C]",
  },
  segments: {
    args: segmentsArgs,
    run: segments,
    usage: "segments --by ATTRIBUTE|age_band|rfm|history [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--segment key=value]... [--min-size 30]",
  },
  targets: {
    args: targetsArgs,
    run: targets,
    usage:
      "targets --opportunity pair --x SKU --y SKU | --opportunity upgrade --family F --tier N | --opportunity deep --sku SKU [--days N] [--calibration-end YYYY-MM-DD] [--discount-rate 0.01] [--limit N]",
  },
  "user create": { args: userCreateArgs, run: userCreate, usage: "user create --email EMAIL --password PASSWORD --role owner|editor|viewer" },
  "workspace create": {
    args: workspaceCreateArgs,
    run: workspaceCreate,
    usage: "workspace create --name NAME [--currency EUR] [--timezone Europe/Amsterdam] [--locale nl|en]",
  },
};

const USAGE = `Usage: npm run cli -- <command> [--db PATH] [--workspace SLUG] [--json]\n\nCommands:\n${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join("\n")}`;

// Every flag any command takes; each command's zod schema says which ones it uses.
const str = { type: "string" } as const;
const OPTIONS = {
  db: str,
  workspace: str,
  seed: str,
  email: str,
  password: str,
  role: str,
  name: str,
  currency: str,
  timezone: str,
  locale: str,
  from: str,
  to: str,
  segment: { type: "string", multiple: true },
  campaign: str,
  channel: str,
  category: str,
  control: str,
  split: str,
  "min-support": str,
  "min-confidence": str,
  "min-length": str,
  "min-lift": str,
  level: str,
  by: str,
  "min-size": str,
  kind: str,
  preset: str,
  mapping: str,
  "dry-run": { type: "boolean" },
  "accept-rejected": { type: "boolean" },
  "without-customers": { type: "boolean" },
  "calibration-end": str,
  "holdout-end": str,
  "horizon-months": str,
  "discount-rate": str,
  opportunity: str,
  x: str,
  y: str,
  family: str,
  tier: str,
  sku: str,
  days: str,
  limit: str,
  json: { type: "boolean" },
  help: { type: "boolean" },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

// A pipe takes large writes asynchronously: exiting before the callback would cut the document.
function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
}

async function main(argv: string[]): Promise<number> {
  const parsedArgs = parse(argv);
  const json = argv.includes("--json");
  const fail = (code: ErrorCode, message: string) => {
    if (json) void writeOut(JSON.stringify({ error: { code, message } }) + "\n");
    process.stderr.write(`liftboard: ${message}\n`);
    return 1;
  };
  if (parsedArgs instanceof Error)
    return fail("invalid_input", `${parsedArgs.message.split(". ")[0].replace(/\.$/, "")}. Run npm run cli -- --help for usage.`);
  const { values, positionals } = parsedArgs;
  if (values.help || positionals.length === 0) {
    process.stderr.write(USAGE + "\n");
    return positionals.length === 0 && !values.help ? 1 : 0;
  }
  const name = COMMANDS[positionals.slice(0, 2).join(" ")] ? positionals.slice(0, 2).join(" ") : positionals[0];
  const command = COMMANDS[name];
  if (!command) return fail("invalid_input", `unknown command "${positionals.join(" ")}". ${USAGE.split("\n")[0]}`);

  const { db, workspace, ...rest } = values;
  // `import FILE`: the file is the positional after the command.
  if (name === "import" && positionals[1]) (rest as Record<string, unknown>).file = positionals[1];
  delete rest.json;
  delete rest.help;
  const parsed = command.args.safeParse(rest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail("invalid_input", `${issue.path.length ? `--${issue.path.join(".")}: ` : ""}${issue.message}. Usage: npm run cli -- ${command.usage}`);
  }
  let ctx: CliContext | undefined;
  try {
    ctx = openCliContext({ db: typeof db === "string" ? db : undefined, workspace: typeof workspace === "string" ? workspace : undefined, json });
    const out = await command.run(ctx, parsed.data as never);
    await writeOut(json ? JSON.stringify(out.data) + "\n" : out.text + "\n");
    return 0;
  } catch (e) {
    if (e instanceof AppFailure) return fail(e.code, e.message);
    return fail("internal", e instanceof Error ? e.message : String(e));
  } finally {
    ctx?.store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`liftboard: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
