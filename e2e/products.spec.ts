import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { SLUG } from "./fixtures";

const digits = (s: string) => Number(s.replace(/[^\d]/g, ""));

test("products: rules bought together, narrowed by lift in the URL, exported as CSV, and a rule's target list exported", async ({ page }) => {
  await page.goto(`/w/${SLUG}/products`);
  await expect(page.getByRole("heading", { name: "Products bought together" })).toBeVisible();
  const count = page.getByTestId("rules-count");
  await expect(count).toBeVisible();
  // The demo at the defaults (support 0.001, 5 orders, confidence 0.05, no chance pairs, by leverage): the
  // few pairs bought together in at least 1 order in 1,000, as in a real shop whose orders hold 1.4 lines.
  const strong = digits(await count.innerText());
  expect(strong).toBeGreaterThan(10);
  expect(strong).toBeLessThan(60);
  await expect(page.getByLabel("Minimum orders", { exact: true })).toHaveValue("5");
  await expect(page.getByLabel("Hide chance pairs")).toBeChecked();
  await expect(page.getByRole("columnheader", { name: /Leverage/ })).toHaveAttribute("aria-sort", "descending");

  // A lower minimum support, in the URL, finds more than a page of rules.
  await page.goto(`/w/${SLUG}/products?minSupport=0.0003`);
  await expect(page.getByLabel("Minimum support", { exact: true })).toHaveValue("0.0003");
  await expect.poll(async () => digits(await count.innerText())).toBeGreaterThan(strong);
  const before = digits(await count.innerText());
  expect(before).toBeGreaterThan(50);

  // The rules come a page at a time, and the columns are the reader's choice.
  await expect(page.locator('[data-testid^="rule-row-"]')).toHaveCount(Math.min(before, 25));
  await expect(page.getByTestId("rules-page")).toHaveText(`Rules 1–25 of ${Math.min(before, 500).toLocaleString("en")}`);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.getByTestId("rules-page")).toHaveText(`Rules 26–50 of ${Math.min(before, 500).toLocaleString("en")}`);
  await expect(page.getByTestId("rule-row-25")).toBeVisible();
  await expect(page.getByTestId("rule-row-0")).toHaveCount(0);
  await page.getByRole("button", { name: "Previous", exact: true }).click();
  await page.locator("summary", { hasText: "Columns" }).click();
  // Conviction starts hidden, so the bundle column fits at 1440 px; any column can be shown or hidden.
  await expect(page.getByRole("columnheader", { name: "Conviction" })).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Conviction" }).check();
  await expect(page.getByRole("columnheader", { name: "Conviction" })).toBeVisible();
  await page.getByRole("checkbox", { name: "Conviction" }).uncheck();
  await page.getByRole("checkbox", { name: "Price range" }).uncheck();
  await expect(page.getByRole("columnheader", { name: "Price range" })).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Price range" }).check();
  await expect(page.getByTestId("rule-row-0")).toBeVisible();

  const minLift = page.getByLabel("Minimum lift", { exact: true });
  await minLift.fill("5");
  await minLift.press("Enter");
  await expect(page).toHaveURL(/[?&]minLift=5(&|$)/);
  await expect.poll(async () => digits(await count.innerText())).toBeLessThan(before);
  const after = digits(await count.innerText());
  expect(after).toBeGreaterThan(0);
  // Every rule shown clears the new minimum; the first page holds up to 25 of them.
  const lifts = (await page.locator('[data-testid^="rule-row-"] [data-testid="rule-lift"]').allInnerTexts()).map((s) => Number(s.replace(/,/g, "")));
  expect(lifts).toHaveLength(Math.min(after, 25));
  for (const lift of lifts) expect(lift).toBeGreaterThanOrEqual(5);

  // The filter lives in the URL: a reload shows the same view.
  await page.reload();
  await expect(page.getByLabel("Minimum lift", { exact: true })).toHaveValue("5");
  await expect(count).toHaveText(new RegExp(`^${after.toLocaleString("en")} rules?$`));

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV", exact: true }).click();
  const csv = readFileSync((await (await download).path())!, "utf8");
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe(
    "antecedent,antecedent_keys,consequent,consequent_key,count,antecedent_count,consequent_count,transactions,support,confidence,lift,leverage,conviction,p_value,q_value,price_range,bundle_list_price,bundle_price,bundle_discount",
  );
  expect(lines).toHaveLength(after + 2); // header, one line per rule, and the final CRLF

  // A rule leads to its cross-sell target list: customers who bought X and not yet Y, exported as ids.
  const first = page.getByTestId("rule-row-0");
  const keys = (await first.getByTestId("item-key").allInnerTexts()).filter((k) => /^[A-Z]{3}-\d{3}$/.test(k));
  const link = first.getByRole("link", { name: /^Target list: bought X, not yet Y/ });
  // The link names the row's own two products.
  await expect(link).toHaveAttribute("href", `/w/${SLUG}/customers?opp=pair&x=${keys[0]}&y=${keys[1]}#targets`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/customers\\?opp=pair&x=${keys[0]}&y=${keys[1]}`));
  await expect(page.getByTestId("target-size")).toBeVisible();
  const size = digits(await page.getByTestId("target-size").innerText());
  expect(size).toBeGreaterThan(0);
  await expect(page.getByTestId("target-excluded")).toContainText("opted-out customers left out");
  const targets = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export target list" }).click();
  const list = readFileSync((await (await targets).path())!, "utf8")
    .trim()
    .split("\r\n");
  expect(list[0]).toBe("customer_key");
  expect(list).toHaveLength(size + 1);
  for (const id of list.slice(1)) expect(id).toMatch(/^C\d{6}$/);
  await page.goBack();
  await expect(page.getByTestId("rules-count")).toBeVisible();

  // Sorting by support keeps the filter and puts the most common pair first.
  await page.getByRole("button", { name: "Support", exact: true }).click();
  await expect(page).toHaveURL(/sort=support/);
  await expect(page).toHaveURL(/minLift=5/);

  // A bad number is a clear 400 in the one error shape.
  const bad = await page.request.get(`/api/v1/workspaces/${SLUG}/products?minSupport=abc`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toEqual({ code: "invalid_input", message: "minSupport must be a number, e.g. 0.001 (0.1% of orders)" });
});
