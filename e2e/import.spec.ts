import path from "node:path";
import { readFile } from "node:fs/promises";
import Database from "better-sqlite3";
import { expect, request as http, test } from "@playwright/test";
import type { UploadProgress } from "@/lib/import";
import { newWorkspace, SLUG } from "./fixtures";
import { workspaceDataFile } from "./data-files";

const FILE = path.join(import.meta.dirname, "fixtures", "bestellingen.csv"); // ';', decimal comma, dd-mm-yyyy, Dutch headers

test("upload a semicolon, decimal-comma file, fix a mapping, import, see the counts, undo it", async ({ page }) => {
  await page.goto(`/w/${SLUG}/imports`);
  await page.getByLabel("Choose file").setInputFiles(FILE);

  const preview = page.getByTestId("import-preview");
  await expect(preview).toBeVisible();
  await expect(page.getByLabel("Delimiter", { exact: true })).toHaveValue(";");
  await expect(page.getByLabel("Decimal mark: Stukprijs")).toHaveValue(",");
  await expect(page.getByLabel("Date order: Besteldatum")).toHaveValue("dmy"); // 15-10-2026 settles it
  // "Artikelcode XY" is no known header: the sku must be mapped by hand before importing.
  await expect(page.getByText(/Map the required columns first/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeDisabled();
  await page.getByLabel("Column in the file: sku").selectOption("Artikelcode XY");
  await expect(page.getByText(/Map the required columns first/)).toHaveCount(0);
  // The rows as they will be read: 1.234,56 is 1,234.56 (shown the English way), KOF-1 the sku.
  const rows = page.getByTestId("import-preview-rows");
  await expect(rows).toContainText("KOF-1");
  await expect(rows).toContainText("1,234.56");

  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-result")).toContainText("5 rows read — 5 new, 0 updated, 0 unchanged, 0 rejected.");

  // The history lists it; undo brings the workspace back.
  const history = page.getByRole("table").last();
  await expect(history).toContainText("bestellingen.csv");
  const row = history.locator("tr", { hasText: "bestellingen.csv" });
  // Undo asks first, naming what it takes back, and says what it did.
  await row.getByRole("button", { name: "Undo" }).click();
  await expect(row).toContainText("Undo this import? It removes the 5 rows it added");
  await row.getByRole("button", { name: "Yes, undo it" }).click();
  await expect(row.getByTestId(/^import-status-/)).toHaveText("Undone: 5 rows removed, 0 rows restored.");

  // Importing it again reads it the way it was mapped last time, with no manual step.
  await page.getByRole("button", { name: "Import another file" }).click();
  await page.getByLabel("Choose file").setInputFiles(FILE);
  await expect(page.getByText("Read as last time: this header was imported before.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeEnabled();
});

test("scripts import over HTTP with a workspace API token; without one they get 401", async ({ page }) => {
  await page.goto(`/w/${SLUG}/settings`);
  await page.getByLabel("Token name").fill("nightly");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByTestId("api-token").inputValue();
  expect(token).toMatch(/^lb_[A-Za-z0-9_-]{43}$/);

  const body = await readFile(FILE);
  const anonymous = await http.newContext({ baseURL: page.url().split("/w/")[0], storageState: { cookies: [], origins: [] } }); // no session cookie
  expect((await anonymous.post("/api/v1/imports?dryRun=true", { data: body, headers: { "Content-Type": "text/csv" } })).status()).toBe(401);
  const wrong = await anonymous.post("/api/v1/imports?dryRun=true", { data: body, headers: { Authorization: "Bearer lb_not-a-real-token" } });
  expect(wrong.status()).toBe(401);
  expect((await wrong.json()).error.message).toMatch(/not valid or was revoked/);

  // The header was mapped in the browser before, so the script needs no mapping of its own.
  const res = await anonymous.post("/api/v1/imports?dryRun=true", { data: body, headers: { "Content-Type": "text/csv", Authorization: `Bearer ${token}` } });
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ kind: "orders", status: "dry_run", importId: null, rowsRead: 5, inserted: 5, rejected: 0 });
  await anonymous.dispose();
});

test("a signed-in import is refused from another site, or with no Origin; Liftboard's own page may", async ({ page }) => {
  await page.goto(`/w/${SLUG}/imports`);
  const body = await readFile(FILE);
  const post = (headers: Record<string, string>) =>
    page.request.post(`/api/v1/imports?workspace=${SLUG}&dryRun=true`, { data: body, headers: { "Content-Type": "text/csv", ...headers } });
  for (const origin of ["http://localhost:3101", "https://evil.example"]) {
    const res = await post({ Origin: origin });
    expect(res.status(), origin).toBe(403);
    expect((await res.json()).error.message).toMatch(/only from Liftboard's own pages/);
  }
  expect((await post({})).status()).toBe(403);
  expect((await post({ Origin: "http://localhost:3100" })).status()).toBe(200);
});

test("a recognised export is named in words in the preview", async ({ page }) => {
  await page.goto(`/w/${SLUG}/imports`);
  await page.getByLabel("Choose file").setInputFiles(path.join(import.meta.dirname, "..", "lib", "import", "fixtures", "shopify-orders-small.csv"));
  await expect(page.getByTestId("import-preset")).toHaveText("Shopify orders export"); // not shopify_orders
  await expect(page.getByTestId("import-preset-notes")).toContainText("Lines without a Lineitem sku use the Lineitem name as SKU.");
});

test("in Dutch, a recognised export's notes are Dutch too", async ({ page, context }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "nl", domain: "localhost", path: "/" }]);
  await page.goto(`/w/${SLUG}/imports`);
  await page.locator('input[type="file"]').setInputFiles(path.join(import.meta.dirname, "..", "lib", "import", "fixtures", "shopify-orders-small.csv"));
  const notes = page.getByTestId("import-preset-notes");
  await expect(notes).toContainText("Regels zonder Lineitem sku gebruiken de Lineitem name als SKU.");
  await expect(notes).not.toContainText("Lines without");
});

test("an import runs while another workspace's data is being written, and waits, saying so, behind work on its own", async ({ page }) => {
  // An import into another workspace (here: this test) holds that workspace's file: this one goes ahead.
  const other = await newWorkspace(page, "Busy shop");
  const elsewhere = new Database(workspaceDataFile(other));
  elsewhere.exec("BEGIN IMMEDIATE");
  try {
    await page.goto(`/w/${SLUG}/imports`);
    await page.getByLabel("Choose file").setInputFiles(path.join(import.meta.dirname, "..", "lib", "import", "fixtures", "shopify-orders-small.csv"));
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByTestId("import-result")).toBeVisible({ timeout: 30_000 });
  } finally {
    elsewhere.exec("ROLLBACK");
    elsewhere.close();
  }
  // Other work on this workspace's data (here: this test) holds its file: the import waits for it.
  const importing = new Database(workspaceDataFile(SLUG));
  importing.pragma("busy_timeout = 5000");
  importing.exec("BEGIN IMMEDIATE");
  try {
    await page.goto(`/w/${SLUG}/imports`);
    await page.getByLabel("Choose file").setInputFiles(path.join(import.meta.dirname, "..", "lib", "import", "fixtures", "shopify-orders-small.csv"));
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByTestId("import-progress")).toContainText("Waiting for other work on this workspace's data to finish");
    // Meanwhile the dashboard answers: its pages only read.
    const overview = await page.request.get(`/api/v1/workspaces/${SLUG}/overview`);
    expect(overview.status()).toBe(200);
  } finally {
    importing.exec("ROLLBACK");
    importing.close();
  }
  await expect(page.getByTestId("import-result")).toBeVisible({ timeout: 30_000 });
});

test("in Dutch, the preview names the fields in Dutch", async ({ page, context }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "nl", domain: "localhost", path: "/" }]);
  await page.goto(`/w/${SLUG}/imports`);
  await page.locator('input[type="file"]').setInputFiles(FILE);
  const preview = page.getByTestId("import-preview");
  await expect(preview).toBeVisible();
  for (const field of ["ordernummer", "besteldatum", "klantnummer", "stukprijs", "aantal"]) await expect(preview).toContainText(field);
  // The rows as read are headed by the file's own columns, each with the field it fills.
  const headings = page.getByTestId("import-preview-rows").locator("thead th");
  await expect(headings.filter({ hasText: "Stukprijs" })).toContainText("stukprijs");
  await expect(headings.filter({ hasText: "Besteldatum" })).toContainText("besteldatum");
  await expect(page.getByTestId("import-preview-rows").locator("thead")).not.toContainText("unit price");
});

test("the progress bar shows the bytes the server has received, then the rows it has read, then the customers whose figures are rebuilt", async ({ page }) => {
  const body = await readFile(FILE);
  let progress: UploadProgress = { bytesRead: 100, rowsRead: 0, lastLine: 0, receiving: true, waiting: false, refresh: null };
  await page.route("**/api/v1/imports/progress?*", (route) => route.fulfill({ json: progress }));
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === "/api/v1/imports",
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.goto(`/w/${SLUG}/imports`);
  await page.getByLabel("Choose file").setInputFiles(FILE);
  await page.getByLabel("Column in the file: sku").selectOption("Artikelcode XY");
  await page.getByRole("button", { name: "Import", exact: true }).click();

  // The file is still arriving: the bar shows the bytes received; no row is read before all of it is in.
  const bar = page.getByTestId("import-progress").locator("progress");
  await expect(page.getByTestId("import-progress")).toContainText("Uploading the file… its rows are read once all of it has arrived.");
  await expect(bar).toHaveAttribute("value", "100");
  // All of it received, no row read yet: the bar starts again for the rows.
  progress = { bytesRead: 0, rowsRead: 0, lastLine: 0, receiving: false, waiting: false, refresh: null };
  await expect(page.getByTestId("import-progress")).toContainText("Importing… 0 rows processed");
  await expect(bar).toHaveAttribute("value", "0");
  // Every byte read: the bar runs without a value until the rebuild of the figures counts its customers.
  progress = { bytesRead: body.length, rowsRead: 5, lastLine: 6, receiving: false, waiting: false, refresh: null };
  await expect(page.getByTestId("import-progress")).toContainText("All 5 rows read. Updating the figures…");
  await expect(bar).not.toHaveAttribute("value");
  progress = { ...progress, refresh: { done: 2, total: 4 } };
  await expect(page.getByTestId("import-progress")).toContainText("All 5 rows read. Updating the figures: 2 of 4 customers…");
  await expect(bar).toHaveAttribute("value", "2");
  await expect(bar).toHaveAttribute("max", "4");

  release();
  await expect(page.getByTestId("import-result")).toContainText("5 rows read — 5 new");
  const row = page.getByRole("table").last().locator("tr", { hasText: "bestellingen.csv" }).first();
  await row.getByRole("button", { name: "Undo" }).click();
  await row.getByRole("button", { name: "Yes, undo it" }).click();
  await expect(row.getByTestId(/^import-status-/)).toContainText("Undone");
});

test("at 1440 px the import history shows each import's status and Undo without scrolling, in words", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const name = "shopify-orders-export-complete-history-2026-12-01-final-version-2.csv";
  await page.goto(`/w/${SLUG}/imports`);
  await page.getByLabel("Choose file").setInputFiles({ name, mimeType: "text/csv", buffer: await readFile(FILE) });
  // The kind reads as a word, in the preview's picker too.
  await expect(page.getByLabel("Kind", { exact: true }).locator("option:checked")).toHaveText("Orders");
  await page.getByLabel("Column in the file: sku").selectOption("Artikelcode XY");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-result")).toContainText("5 rows read");

  const row = page.getByRole("table").last().locator("tr", { hasText: "shopify-orders-export" });
  await expect(row).toContainText("Orders");
  await expect(row).toContainText("Upload page");
  const undo = row.getByRole("button", { name: "Undo" });
  const status = row.getByTestId(/^import-status-/);
  for (const el of [undo, status]) {
    const box = (await el.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1440);
    // Within the table's visible part, not behind its sideways scroll.
    const region = (await page.getByRole("table").last().locator("xpath=..").boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(region.x + region.width);
  }
  await undo.click();
  await row.getByRole("button", { name: "Yes, undo it" }).click();
  await expect(status).toContainText("Undone");
});

test("Cancel stops an import whose file is all in, also while it waits for another import: nothing is written", async ({ page }) => {
  await page.goto(`/w/${SLUG}/imports`);
  const origin = new URL(page.url()).origin;
  const uploadId = `cancel-${Date.now()}`;
  const cancel = () => page.request.post(`/api/v1/imports/cancel?workspace=${SLUG}&uploadId=${uploadId}`, { headers: { Origin: origin } });
  const progress = async () =>
    (await (await page.request.get(`/api/v1/imports/progress?workspace=${SLUG}&uploadId=${uploadId}`)).json()) as { waiting: boolean } | null;
  // Other work on the workspace's data (here: this test) holds its write lock: this one has all its file and waits.
  const holding = new Database(workspaceDataFile(SLUG));
  holding.pragma("busy_timeout = 5000");
  holding.exec("BEGIN IMMEDIATE");
  const importing = page.request.post(`/api/v1/imports?workspace=${SLUG}&kind=products&fileName=cancel.csv&uploadId=${uploadId}`, {
    headers: { Origin: origin, "Content-Type": "text/csv" },
    data: "sku,name,category\nCANCEL-1,Cancelled product,Group\n",
  });
  try {
    await expect.poll(async () => (await progress())?.waiting ?? false, { timeout: 20_000 }).toBe(true);
    expect(await (await cancel()).json()).toEqual({ cancelling: true, receiving: false });
    // It answers while the other import still holds the lock.
    const res = await importing;
    expect(res.status()).toBe(409);
    expect(await res.json()).toEqual({ error: { code: "cancelled", message: "The import was cancelled; nothing was changed." } });
  } finally {
    await cancel().catch(() => null); // a failure above must not let it commit into the shared database
    holding.exec("ROLLBACK");
    holding.close();
    await importing.catch(() => null);
  }
  const db = new Database(workspaceDataFile(SLUG), { readonly: true });
  try {
    expect(db.prepare("SELECT count(*) FROM products WHERE sku LIKE 'CANCEL-%'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM imports WHERE file_name = 'cancel.csv'").pluck().get()).toBe(0);
  } finally {
    db.close();
  }
  // An upload that has ended is not found.
  expect(await (await cancel()).json()).toEqual({ cancelling: false, receiving: false });
});

test("the uploader's Cancel stops an import that waits for another, which then writes nothing", async ({ page }) => {
  const file = workspaceDataFile(SLUG);
  await page.goto(`/w/${SLUG}/imports`);
  const origin = new URL(page.url()).origin;
  let uploadId: string | null = null;
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.pathname === "/api/v1/imports") uploadId = u.searchParams.get("uploadId");
  });
  const holding = new Database(file);
  holding.pragma("busy_timeout = 5000");
  holding.exec("BEGIN IMMEDIATE");
  try {
    await page.getByLabel("Choose file").setInputFiles({
      name: "cancel-in-browser.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("sku,name,category\nCANCEL-UI-1,Cancelled in the browser,Group\n"),
    });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const progress = page.getByTestId("import-progress");
    await expect(progress).toContainText("Waiting for other work on this workspace's data to finish");
    await progress.getByRole("button", { name: "Cancel" }).click();
    // The file is all sent, so the request is not cut off: the server stops the import and says so.
    await expect(page.getByRole("alert").filter({ hasText: "The import was cancelled; nothing was changed." })).toBeVisible();
    await expect(progress).toHaveCount(0);
  } finally {
    // A failure above must not let it commit into the shared database.
    if (uploadId) await page.request.post(`/api/v1/imports/cancel?workspace=${SLUG}&uploadId=${uploadId}`, { headers: { Origin: origin } }).catch(() => null);
    holding.exec("ROLLBACK");
    holding.close();
  }
  // The lock is free now: an import that was only cut off, not stopped, would commit here.
  await page.waitForTimeout(1_500);
  const db = new Database(file, { readonly: true });
  try {
    expect(db.prepare("SELECT count(*) FROM products WHERE sku = 'CANCEL-UI-1'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM imports WHERE file_name = 'cancel-in-browser.csv'").pluck().get()).toBe(0);
  } finally {
    db.close();
  }
});
