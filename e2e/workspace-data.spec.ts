import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { newWorkspace, SLUG } from "./fixtures";
import { openWorkspaceData, workspaceDataFile } from "./data-files";

// Moving a workspace to another time zone and deleting its data are long writes at a large shop's size:
// they run on a worker thread, which waits for SQLite's write lock (held here by the test, as a running
// import would hold it) while the server goes on answering. On the request thread they failed after a
// quarter of a second with "an import is writing", or stalled everyone's requests while they ran.

test("an owner moves a workspace to another time zone, then deletes its data: each waits for a running import while other pages answer", async ({ page }) => {
  const slug = await newWorkspace(page, "Clearing shop");
  await page.goto(`/w/${slug}/imports`);
  const origin = new URL(page.url()).origin;
  const imported = await page.request.post(`/api/v1/imports?workspace=${slug}&fileName=clearing.csv`, {
    headers: { Origin: origin, "Content-Type": "text/csv" },
    data: "order_id,order_date,customer_id,sku,quantity,unit_price\nCL-1,2026-10-01,C-1,SKU-1,1,10\nCL-2,2026-10-02,C-2,SKU-2,2,5\n",
  });
  expect(imported.status()).toBe(200);
  const read = openWorkspaceData(slug, { readonly: true });
  const workspace = () =>
    read
      .prepare("SELECT id, timezone, kpi_months_timezone AS months FROM workspaces LEFT JOIN workspace_state ON workspace_id = id WHERE slug = ?")
      .get(slug) as {
      id: number;
      timezone: string;
      months: string;
    };
  const orders = () => read.prepare("SELECT count(*) FROM orders WHERE workspace_id = ?").pluck().get(workspace().id);
  // The lock an import into this workspace holds: its data file's (db/store.ts).
  const holding = new Database(workspaceDataFile(slug));
  holding.pragma("busy_timeout = 5000");
  try {
    expect(orders()).toBe(2);
    await page.goto(`/w/${slug}/settings`);
    holding.exec("BEGIN IMMEDIATE");
    await page.getByLabel("Time zone", { exact: true }).first().fill("Europe/London"); // the workspace's form, before "New workspace"
    await page.getByRole("button", { name: "Save", exact: true }).first().click();
    // The change waits for the lock; the server answers other pages meanwhile. Held for longer than a
    // worker takes to start and reach its first write, so the job really waits (does not just start late).
    expect((await page.request.get(`/api/v1/workspaces/${SLUG}/overview`)).status()).toBe(200);
    await page.waitForTimeout(2_500);
    expect(workspace().timezone).toBe("Europe/Amsterdam");
    holding.exec("ROLLBACK");
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();
    expect(workspace()).toMatchObject({ timezone: "Europe/London", months: "Europe/London" }); // the calendar months moved with it

    holding.exec("BEGIN IMMEDIATE");
    await page.getByLabel(`Type the workspace slug (${slug}) to confirm`).fill(slug);
    await page.getByRole("button", { name: "Delete all data" }).click();
    expect((await page.request.get(`/api/v1/workspaces/${SLUG}/overview`)).status()).toBe(200);
    await page.waitForTimeout(2_500);
    expect(orders()).toBe(2);
    holding.exec("ROLLBACK");
    await expect(page.getByText("All data deleted.")).toBeVisible();
    expect(orders()).toBe(0);
  } finally {
    if (holding.inTransaction) holding.exec("ROLLBACK");
    holding.close();
    read.close();
  }
});
