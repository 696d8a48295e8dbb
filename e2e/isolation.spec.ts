import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// A workspace the signed-in owner of the demo is no member of. Every page and every API route of
// /w/[slug] and /api/v1/workspaces/[slug] is found on disk, so a new one is walked too.
const ROOT = process.cwd();
const DATABASE_PATH = path.join(ROOT, "e2e", ".data", "liftboard-e2e.db");

function routesUnder(dir: string, file: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === file)
    .map((e) => path.relative(path.join(ROOT, dir), e.parentPath).split(path.sep).join("/"));
}

test("a member of one workspace reaches nothing of another through any page or route", async ({ page }) => {
  const out = execFileSync("node", ["--conditions=react-server", "--import", "tsx", "cli/index.ts", "workspace", "create", "--name", "Other Shop", "--json"], {
    env: { ...process.env, DATABASE_PATH },
    encoding: "utf8",
  });
  const other = JSON.parse(out).slug as string;

  const apis = routesUnder("app/api/v1/workspaces/[slug]", "route.ts");
  expect(apis.length).toBeGreaterThanOrEqual(9);
  for (const r of apis) {
    const res = await page.request.get(`/api/v1/workspaces/${other}/${r}`);
    expect(res.status(), r).toBe(404);
    expect(await res.json(), r).toEqual({ error: { code: "not_found", message: "Workspace not found." } });
  }
  // Every page carries the security headers: a nonce CSP, no framing, no referrer beyond the origin.
  const own = await page.goto("/w/demo-webshop/overview");
  const h = own!.headers();
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'.*frame-ancestors 'none'/);
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("same-origin");
  expect(h["x-content-type-options"]).toBe("nosniff");

  const pages = routesUnder("app/w/[slug]", "page.tsx");
  expect(pages.length).toBeGreaterThanOrEqual(9);
  for (const p of pages) {
    const res = await page.goto(`/w/${other}/${p}`);
    expect(res!.status(), p || "(index)").toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
});
