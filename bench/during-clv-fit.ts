// Issue 21: a lifetime-value fit for a new calibration date must not stall everyone else's requests.
// `node --conditions=react-server --import tsx bench/during-clv-fit.ts [SOURCE_DB]` runs it alone;
// `npm run bench` runs it at 1M lines. Figures, never pass/fail.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { sleep, summarise, type ProbeSummary } from "./during-import";

const NODE = [process.execPath, "--conditions=react-server", "--import", "tsx"];
const EMAIL = "bench@liftboard.test";
const PASSWORD = "bench-password";

export type DuringClvFitResult = { fitSeconds: number[]; probes: Record<string, ProbeSummary> } | { skipped: string };

/** On a copy of `sourceDb`, asks for the predicted-CLV view at three calibration dates never fitted
 * before, one after the other, while two probes (one request at a time each) run against the same
 * server: the overview's data (answered from memory) and a static script. */
export async function duringClvFit(sourceDb: string, port = 3902): Promise<DuringClvFitResult> {
  if (!statSync(path.join(process.cwd(), ".next", "BUILD_ID"), { throwIfNoEntry: false })) return { skipped: "no production build (.next)" };
  const dbPath = path.join(path.dirname(sourceDb), "during-clv-fit.db");
  for (const f of [dbPath, dbPath.replace(/\.db$/, ".sessions.db")]) for (const suffix of ["", "-wal", "-shm"]) rmSync(f + suffix, { force: true });
  copyFileSync(sourceDb, dbPath);
  const origin = `http://localhost:${port}`;
  const env = { ...process.env, DATABASE_PATH: dbPath, LIFTBOARD_URL: origin, NEXT_TELEMETRY_DISABLED: "1", LIFTBOARD_SIGNIN_LIMIT: "100000" };
  spawnSync(NODE[0], [...NODE.slice(1), "cli/index.ts", "user", "create", "--email", EMAIL, "--password", PASSWORD, "--role", "owner", "--db", dbPath], {
    env,
  });
  const server = spawn(process.execPath, ["server.mjs"], { env: { ...env, PORT: String(port), LIFTBOARD_HOST: "127.0.0.1" }, stdio: "ignore", detached: true });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (
      let i = 0;
      i < 120 &&
      !(await fetch(`${base}/sign-in`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    )
      await sleep(500);
    const signedIn = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: origin },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    const cookie = signedIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const script = (await (await fetch(`${base}/sign-in`)).text()).match(/\/_next\/static\/[^"']+\.js/)?.[0];
    const predicted = (cal?: string) => fetch(`${base}/api/v1/workspaces/default/customers/predicted${cal ? `?cal=${cal}` : ""}`, { headers: { cookie } });
    const first = (await (await predicted()).json()) as { calibrationEnd: string };
    const probes: Record<string, () => Promise<Response>> = {
      "page data (the overview, from memory)": () => fetch(`${base}/api/v1/workspaces/default/overview`, { headers: { cookie } }),
      "static script": () => fetch(`${base}${script}`),
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
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
}

if (process.argv[1]?.endsWith("during-clv-fit.ts")) {
  const [sourceDb = path.join(process.cwd(), "bench", ".data", "liftboard-1000000.db")] = process.argv.slice(2);
  duringClvFit(sourceDb).then((r) => console.log(JSON.stringify(r, null, 2)));
}
