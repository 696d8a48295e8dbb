// What the HTTP benches share: a bench owner on a database file, the production build served on it
// through server.mjs, that owner's session cookie, and a live share link of the overview.
import { spawn, spawnSync } from "node:child_process";

export const BENCH_USER = { email: "bench@liftboard.test", password: "bench-password" };
const NODE = [process.execPath, "--conditions=react-server", "--import", "tsx"];

/** Runs `npm run cli -- …` on `dbPath`. */
export function cli(dbPath: string, ...args: string[]) {
  return spawnSync(NODE[0], [...NODE.slice(1), "cli/index.ts", ...args, "--db", dbPath], { encoding: "utf8" });
}

/** The bench user, owner of workspace "default" of `dbPath`. */
export function createBenchOwner(dbPath: string): void {
  cli(dbPath, "user", "create", "--email", BENCH_USER.email, "--password", BENCH_USER.password, "--role", "owner");
}

export type BuiltServer = { base: string; origin: string; stop(): void };

/** The production build (.next) served by server.mjs on `dbPath`, once it answers; stop() ends it. */
export async function serveBuild(dbPath: string, port: number): Promise<BuiltServer> {
  const origin = `http://localhost:${port}`;
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_PATH: dbPath,
    LIFTBOARD_URL: origin,
    NEXT_TELEMETRY_DISABLED: "1",
    LIFTBOARD_SIGNIN_LIMIT: "100000",
    PORT: String(port),
    LIFTBOARD_HOST: "127.0.0.1",
  };
  const server = spawn(process.execPath, ["server.mjs"], { env, stdio: "ignore", detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  const up = () =>
    fetch(`${base}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
  for (let i = 0; i < 120 && !(await up()); i++) await new Promise((r) => setTimeout(r, 500));
  return { base, origin, stop };
}

/** The bench user's sign-in over HTTP, as the sign-in form sends it. */
export function signIn(server: BuiltServer): Promise<Response> {
  return fetch(`${server.base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: server.origin },
    body: JSON.stringify(BENCH_USER),
  });
}

/** Signs the bench user in; the cookie header its session needs. */
export async function signInCookie(server: BuiltServer): Promise<string> {
  return (await signIn(server)).headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** A live share link of workspace 1's overview with `query`, made the way the app makes it. */
export async function makeShareLink(dbPath: string, query: string): Promise<string> {
  const { openStore } = await import("@/db/store");
  const { createSavedReport } = await import("@/db/queries/reports/saved-reports");
  const { createShareLink } = await import("@/db/queries/reports/share-links");
  const store = openStore(dbPath);
  const db = store.main;
  try {
    const report = createSavedReport(db, { workspaceId: 1, createdBy: null, name: "Bench", page: "overview", query });
    return (await createShareLink(db, { workspaceId: 1, reportId: report.id, createdBy: null, mode: "live" })).token;
  } finally {
    store.close();
  }
}
