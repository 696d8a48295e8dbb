import { expect, test } from "@playwright/test";
import { SLUG, saveView } from "./fixtures";

const VIEW = "from=2026-08-03&to=2026-10-31&segment=region%3DNoord-Holland";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test("a password link with an expiry: a client unlocks it, sees locked filters and nothing else, until it is revoked", async ({ page, browser }) => {
  const card = await saveView(page, `overview?${VIEW}`, "Noord-Holland for the client");
  // The view in words, not its URL's keys.
  // (The shop's value is isolated from the text around it: U+2068 … U+2069.)
  await expect(card).toContainText(/Aug 3, 2026 – Oct 31, 2026, Region: \u2068?Noord-Holland/);
  await card.getByRole("button", { name: "New share link" }).click();
  await card.getByLabel("Expires").fill(inDays(7));
  await card.getByLabel("Password (optional)").fill("client secret 1");
  await card.getByRole("button", { name: "Create link" }).click();
  const url = await card.getByLabel("Share link", { exact: true }).inputValue();
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  const token = url.split("/share/")[1];
  await expect(card.getByTestId("share-links")).toContainText("password");

  const client = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const c = await client.newPage();
  const first = await c.goto(url);
  expect(first!.status()).toBe(200);
  expect(first!.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  expect(first!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(first!.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await expect(c.getByRole("heading", { name: "This report is protected" })).toBeVisible();
  // No data before unlocking, not even through the data route.
  expect((await c.request.get(`/share/${token}/data/overview`)).status()).toBe(401);
  await c.getByLabel("Password").fill("wrong password");
  await c.getByRole("button", { name: "Open report" }).click();
  await expect(c.getByText("That password is not right.")).toBeVisible();
  await c.getByLabel("Password").fill("client secret 1");
  await c.getByRole("button", { name: "Open report" }).click();

  await expect(c.getByTestId("share-title")).toHaveText("Noord-Holland for the client");
  await expect(c.getByTestId("share-freshness")).toContainText("live data");
  // The filters are the saved ones, said in words, with no control that looks as if it could change them.
  await expect(c.getByTestId("locked-filters")).toHaveText(/^Filters fixed by this link: Aug 3, 2026 – Oct 31, 2026, Region: \u2068Noord-Holland\u2069$/);
  await expect(c.getByRole("main").getByRole("combobox")).toHaveCount(0);
  await expect(c.getByRole("button", { name: "Reset filters" })).toHaveCount(0);
  await expect(c.getByTestId("kpi-crossSellRatio")).toBeVisible();
  await expect(c.getByRole("link", { name: /Overview|Segments|Settings/ })).toHaveCount(0);
  // The cookie holds a signature, never the password.
  const cookies = await client.cookies();
  expect(cookies.map((k) => k.value).join(" ")).not.toContain("client secret");

  // Whatever the client asks for, the data route answers the saved view: the same numbers the owner sees.
  const shared = await (await c.request.get(`/share/${token}/data/overview?segment=region%3DUtrecht&from=2020-01-01`)).json();
  const owner = await (await page.request.get(`/api/v1/workspaces/${SLUG}/overview?${VIEW}`)).json();
  expect(shared.kpis).toEqual(owner.kpis);
  // Only its own page's data, and nothing of the workspace's API, pages or other reports.
  expect((await c.request.get(`/share/${token}/data/segments`)).status()).toBe(404);
  expect((await c.request.get(`/share/${token}/data/customers`)).status()).toBe(404);
  expect((await c.request.get(`/api/v1/workspaces/${SLUG}/overview`)).status()).toBe(401);
  expect((await c.request.get(`/api/v1/workspaces/${SLUG}/summary`)).status()).toBe(401);
  await c.goto(`/w/${SLUG}/overview`);
  await expect(c).toHaveURL(/\/sign-in\?next=/);

  // Revoked: the link dies at once, for the page and the data.
  await page.reload();
  await card.getByRole("button", { name: "Revoke" }).click();
  await expect(card.getByTestId("share-links")).toContainText("revoked");
  const dead = await c.goto(url);
  expect(dead!.status()).toBe(410);
  await expect(c.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await expect(c.getByText("Demo Webshop")).toHaveCount(0);
  expect((await c.request.get(`/share/${token}/data/overview`)).status()).toBe(410);
  const unknown = await c.goto("/share/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  expect(unknown!.status()).toBe(404);
  expect((await c.request.get("/share/%E0%A4%A")).status()).toBe(404); // a mangled paste
  expect((await c.request.get("/share/%E0%A4%A/data/overview")).status()).toBe(404);
  await expect(c.getByRole("heading", { name: "This link does not exist" })).toBeVisible();
  await client.close();
});

test("a snapshot link keeps its data as of creation, may be embedded, and rotating it kills the old URL", async ({ page, browser }) => {
  const card = await saveView(page, "segments?by=rfm", "RFM snapshot");
  await card.getByRole("button", { name: "New share link" }).click();
  await card.getByLabel("Snapshot").check();
  await card.getByLabel("May be embedded in other sites (iframe)").check();
  await card.getByRole("button", { name: "Create link" }).click();
  const url = await card.getByLabel("Share link", { exact: true }).inputValue();
  await expect(card.getByTestId("share-links")).toContainText("snapshot of");

  const client = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const c = await client.newPage();
  const res = await c.goto(url);
  expect(res!.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(res!.headers()["x-frame-options"]).toBeUndefined();
  // In the workspace's time zone, as the Reports page lists it (not the server's UTC).
  const listed = (await card.getByTestId("share-links").innerText()).match(/snapshot of (.+?[AP]M)/)![1];
  await expect(c.getByTestId("share-freshness")).toContainText(`data as of ${listed}`);
  await expect(c.getByTestId("segment-row-champions")).toBeVisible();
  // No drill links into the workspace from a shared table.
  await expect(c.getByTestId("segment-row-champions").getByRole("link")).toHaveCount(0);

  await page.reload();
  await card.getByRole("button", { name: "New link" }).click();
  const rotated = await card.getByLabel("Share link", { exact: true }).inputValue();
  expect(rotated).not.toBe(url);
  expect((await c.goto(url))!.status()).toBe(404);
  await c.goto(rotated);
  await expect(c.getByTestId("segment-row-champions")).toBeVisible();
  await expect(card.getByTestId("share-links")).toContainText("1"); // the view count carried over
  await client.close();
});

test("a shared customers report shows lifetime value without any customer-level rows or target lists", async ({ page, browser }) => {
  const card = await saveView(page, "customers", "Customer value for the board");
  await card.getByRole("button", { name: "New share link" }).click();
  await card.getByRole("button", { name: "Create link" }).click();
  const url = await card.getByLabel("Share link", { exact: true }).inputValue();
  const token = url.split("/share/")[1];

  const client = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const c = await client.newPage();
  await c.goto(url);
  await expect(c.getByTestId("share-title")).toHaveText("Customer value for the board");
  await expect(c.getByTestId("repeat-rate")).toBeVisible();
  const predicted = await (await c.request.get(`/share/${token}/data/customers/predicted`)).json();
  expect(predicted.ok).toBe(true);
  expect(predicted.top).toEqual([]);
  // The workspace's own view lists them; the link never does.
  const own = await (await page.request.get(`/api/v1/workspaces/${SLUG}/customers/predicted`)).json();
  expect(own.top.length).toBeGreaterThan(0);
  await expect(c.getByTestId("top-customers")).toHaveCount(0);
  await expect(c.getByRole("button", { name: "Export target list" })).toHaveCount(0);
  expect((await c.request.get(`/share/${token}/data/customers/targets?opp=deep&sku=KIT-021`)).status()).toBe(404);
  expect((await c.request.get(`/share/${token}/data/customers/targets/options`)).status()).toBe(404);
  await client.close();
});

test("someone guessing a link's password locks out new browsers, never a reader who opened it before", async ({ page, browser }) => {
  const card = await saveView(page, "overview", "Guarded overview");
  await card.getByRole("button", { name: "New share link" }).click();
  await card.getByLabel("Password (optional)").fill("reader secret 7");
  await card.getByRole("button", { name: "Create link" }).click();
  const url = await card.getByLabel("Share link", { exact: true }).inputValue();

  const tryPassword = async (password: string, locale: "en" | "nl" = "en") => {
    // A reader's language choice (the switch on the share page) is this cookie.
    const chosen =
      locale === "nl"
        ? [{ name: "NEXT_LOCALE", value: "nl", domain: "localhost", path: "/", expires: -1, httpOnly: false, secure: false, sameSite: "Lax" as const }]
        : [];
    const context = await browser.newContext({ storageState: { cookies: chosen, origins: [] } });
    const p = await context.newPage();
    await p.goto(url);
    await p.getByLabel(locale === "nl" ? "Wachtwoord" : "Password").fill(password);
    await p.getByRole("button", { name: locale === "nl" ? "Rapport openen" : "Open report" }).click();
    return { context, p };
  };

  // The reader opens it once.
  const reader = await tryPassword("reader secret 7");
  await expect(reader.p.getByTestId("share-title")).toHaveText("Guarded overview");
  // Five wrong guesses from five other browsers (the reader's right password is not held against anyone).
  for (let i = 0; i < 5; i++) {
    const guess = await tryPassword(`guess ${i}`);
    await expect(guess.p.getByText("That password is not right.")).toBeVisible();
    await guess.context.close();
  }
  // Now every new browser waits, even with the right password, and is told why in its language.
  const colleague = await tryPassword("reader secret 7", "nl");
  await expect(
    colleague.p.getByText(/Te veel pogingen op deze link vanaf browsers die hem nog niet eerder openden. Probeer het over 15 minuten/),
  ).toBeVisible();
  await colleague.context.close();

  // The reader's unlock runs out (here: is deleted); their browser is known to the link and gets in.
  await reader.context.clearCookies({ name: /^liftboard_share_/ });
  await reader.p.reload();
  await reader.p.getByLabel("Password").fill("reader secret 7");
  await reader.p.getByRole("button", { name: "Open report" }).click();
  await expect(reader.p.getByTestId("share-title")).toHaveText("Guarded overview");
  await reader.context.close();
});
