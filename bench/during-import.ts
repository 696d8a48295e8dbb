// Issue 21's goal: while a large import runs over HTTP, everyone else's requests still answer.
// `node --conditions=react-server --import tsx bench/during-import.ts [SOURCE_DB] [ORDERS_CSV]`
// runs it alone; `npm run bench` runs it at 1M lines. Figures, never pass/fail.
import { createReadStream, readFileSync, statSync } from "node:fs";
import { copyDatabase } from "./copy-database";
import path from "node:path";
import { Readable } from "node:stream";
import { overviewQueries } from "./filter-views";
import { BENCH_USER, createBenchOwner, makeShareLink, serveBuild, signIn, signInCookie } from "./serve-build";

export type ProbeSummary = { requests: number; p50Ms: number; p99Ms: number; maxMs: number; errors: number; firstError: string | null };
export type DuringImportResult = { importSeconds: number; importStatus: number; probes: Record<string, ProbeSummary> } | { skipped: string };

/** A copy of `sourceDb` (a 1M-line workspace "default") with two empty workspaces, "big" and "other";
 * `ordersCsv` is uploaded into "big" while five probes, each one request at a time, run against
 * the same server: sign-in, overviews under the filter matrix's filters (each answered for the first
 * time), a share link's page, a 100-line import
 * into "other", and a static script. */
export async function duringImport(sourceDb: string, ordersCsv: string, port = 3901): Promise<DuringImportResult> {
  if (!statSync(path.join(process.cwd(), ".next", "BUILD_ID"), { throwIfNoEntry: false })) return { skipped: "no production build (.next)" };
  const dbPath = path.join(path.dirname(sourceDb), "during-import.db");
  copyDatabase(sourceDb, dbPath);
  createBenchOwner(dbPath);
  const token = await prepare(dbPath);
  const server = await serveBuild(dbPath, port);
  const { base, origin } = server;
  try {
    const cookie = await signInCookie(server);
    const script = (await (await fetch(`${base}/sign-in`)).text()).match(/\/_next\/static\/[^"']+\.js/)?.[0];
    const small = readFileSync(ordersCsv, "utf8").split("\n").slice(0, 101).join("\n") + "\n";
    const upload = (workspace: string, body: BodyInit, length: number) =>
      fetch(`${base}/api/v1/imports?workspace=${workspace}&kind=orders&fileName=orders.csv`, {
        method: "POST",
        headers: { cookie, Origin: origin, "Content-Type": "text/csv", "Content-Length": String(length) },
        body,
        duplex: "half",
      } as RequestInit);
    // The overview under each filter of the matrix in turn: each answer computed while the import runs.
    const views = overviewQueries().map((q) => `${base}/api/v1/workspaces/default/overview?${new URLSearchParams(q)}`);
    let view = 0;
    // Every probe answers once before the import starts: nothing below measures a first compile.
    const probes: Record<string, () => Promise<Response>> = {
      "sign-in": () => signIn(server),
      "page data (overviews under the matrix's filters, each computed)": () => fetch(views[view++ % views.length], { headers: { cookie } }),
      "share link page": () => fetch(`${base}/share/${token}`),
      "100-line import into another workspace": () => upload("other", small, Buffer.byteLength(small)),
      "static script": () => fetch(`${base}${script}`),
    };
    for (const probe of Object.values(probes)) await (await probe()).arrayBuffer();
    const t0 = performance.now();
    let running = true;
    const big = upload("big", Readable.toWeb(createReadStream(ordersCsv, { highWaterMark: 1 << 20 })) as ReadableStream, statSync(ordersCsv).size).then(
      async (r) => {
        await r.arrayBuffer();
        return r.status;
      },
      () => 0,
    );
    const samples = Object.fromEntries(Object.keys(probes).map((k) => [k, [] as { ms: number; error: string | null }[]]));
    const loops = Object.entries(probes).map(async ([name, probe]) => {
      await sleep(2_000); // the upload is under way
      while (running) {
        const t = performance.now();
        const error = await probe().then(
          async (r) => (r.ok ? (await r.arrayBuffer(), null) : `${r.status} ${(await r.text()).slice(0, 160)}`),
          (e: Error) => e.message,
        );
        if (running) samples[name].push({ ms: performance.now() - t, error });
        await sleep(250);
      }
    });
    const importStatus = await big;
    const importSeconds = (performance.now() - t0) / 1000;
    running = false;
    await Promise.all(loops);
    return { importSeconds, importStatus, probes: Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, summarise(s)])) };
  } finally {
    server.stop();
  }
}

export function summarise(s: { ms: number; error: string | null }[]): ProbeSummary {
  const ms = s.map((x) => x.ms).sort((a, b) => a - b);
  const at = (p: number) => (ms.length ? ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] : NaN);
  const errors = s.filter((x) => x.error);
  return { requests: s.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: ms.at(-1) ?? NaN, errors: errors.length, firstError: errors[0]?.error ?? null };
}

/** Workspaces "big" and "other" for the bench user, and a live share link of the default overview. */
async function prepare(dbPath: string): Promise<string> {
  const { openStore } = await import("@/db/store");
  const { createWorkspace } = await import("@/db/queries/workspaces/workspaces");
  const { addMember } = await import("@/db/queries/workspaces/members");
  const store = openStore(dbPath);
  const db = store.main;
  try {
    const userId = db.$client.prepare("SELECT id FROM user WHERE email = ?").pluck().get(BENCH_USER.email) as string;
    for (const slug of ["big", "other"]) {
      const ws = createWorkspace(db, { name: slug, currency: "EUR", timezone: "Europe/Amsterdam", locale: "nl" });
      addMember(db, ws.id, userId, "owner");
    }
  } finally {
    store.close();
  }
  return makeShareLink(dbPath, "from=2026-08-02&to=2026-10-31");
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

if (process.argv[1]?.endsWith("during-import.ts")) {
  const dir = path.join(process.cwd(), "bench", ".data");
  const [sourceDb = path.join(dir, "liftboard-1000000.db"), csv = path.join(dir, "orders-1000000.csv")] = process.argv.slice(2);
  duringImport(sourceDb, csv).then((r) => console.log(JSON.stringify(r, null, 2)));
}
