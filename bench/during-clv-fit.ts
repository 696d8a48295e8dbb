// Issue 21: a lifetime-value fit for a new calibration date must not stall everyone else's requests.
// `node --conditions=react-server --import tsx bench/during-clv-fit.ts [SOURCE_DB]` runs it alone;
// `npm run bench` runs it at 1M lines. Figures, never pass/fail.
import { statSync } from "node:fs";
import { copyDatabase } from "./copy-database";
import path from "node:path";
import { sleep, summarise, type ProbeSummary } from "./during-import";
import { createBenchOwner, serveBuild, signInCookie } from "./serve-build";

export type DuringClvFitResult = { fitSeconds: number[]; probes: Record<string, ProbeSummary> } | { skipped: string };

/** On a copy of `sourceDb`, asks for the predicted-CLV view at three calibration dates never fitted
 * before, one after the other, while three probes (one request at a time each) run against the same
 * server: the overview's data (answered from memory), a static script and a file's import preview. */
export async function duringClvFit(sourceDb: string, port = 3902): Promise<DuringClvFitResult> {
  if (!statSync(path.join(process.cwd(), ".next", "BUILD_ID"), { throwIfNoEntry: false })) return { skipped: "no production build (.next)" };
  const dbPath = path.join(path.dirname(sourceDb), "during-clv-fit.db");
  copyDatabase(sourceDb, dbPath);
  createBenchOwner(dbPath);
  const server = await serveBuild(dbPath, port);
  const { base, origin } = server;
  try {
    const cookie = await signInCookie(server);
    const script = (await (await fetch(`${base}/sign-in`)).text()).match(/\/_next\/static\/[^"']+\.js/)?.[0];
    const predicted = (cal?: string) => fetch(`${base}/api/v1/workspaces/default/customers/predicted${cal ? `?cal=${cal}` : ""}`, { headers: { cookie } });
    const first = (await (await predicted()).json()) as { calibrationEnd: string };
    const sample = "order_id,order_date,customer_id,sku,quantity,unit_price\nA-1,2026-10-01,C-1,SKU-1,2,9.95\n";
    const probes: Record<string, () => Promise<Response>> = {
      "page data (the overview, from memory)": () => fetch(`${base}/api/v1/workspaces/default/overview`, { headers: { cookie } }),
      "static script": () => fetch(`${base}${script}`),
      // Read on a report worker, as the fit is: on one worker it would wait for the fit.
      "a file's import preview": () =>
        fetch(`${base}/api/v1/imports/preview?workspace=default`, {
          method: "POST",
          body: sample,
          headers: { cookie, Origin: origin, "Content-Type": "text/csv" },
        }),
    };
    for (const probe of Object.values(probes)) await (await probe()).arrayBuffer();

    const samples = Object.fromEntries(Object.keys(probes).map((k) => [k, [] as { ms: number; error: string | null }[]]));
    const fitSeconds: number[] = [];
    for (const weeksBack of [1, 2, 3]) {
      const cal = new Date(Date.parse(first.calibrationEnd) - weeksBack * 7 * 86_400_000).toISOString().slice(0, 10);
      let running = true;
      const t0 = performance.now();
      const fit = predicted(cal).then(async (r) => {
        await r.arrayBuffer();
        fitSeconds.push((performance.now() - t0) / 1000);
        running = false;
      });
      await Promise.all([
        fit,
        ...Object.entries(probes).map(async ([name, probe]) => {
          await sleep(50);
          while (running) {
            const t = performance.now();
            const error = await probe().then(
              async (r) => (r.ok ? (await r.arrayBuffer(), null) : `${r.status}`),
              (e: Error) => e.message,
            );
            samples[name].push({ ms: performance.now() - t, error });
            await sleep(100);
          }
        }),
      ]);
    }
    return { fitSeconds, probes: Object.fromEntries(Object.entries(samples).map(([k, s]) => [k, summarise(s)])) };
  } finally {
    server.stop();
  }
}

if (process.argv[1]?.endsWith("during-clv-fit.ts")) {
  const [sourceDb = path.join(process.cwd(), "bench", ".data", "liftboard-1000000.db")] = process.argv.slice(2);
  duringClvFit(sourceDb).then((r) => console.log(JSON.stringify(r, null, 2)));
}
