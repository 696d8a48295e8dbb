import { expect, test } from "@playwright/test";
import { OWNER, OWNER_STATE, SLUG } from "./fixtures";

test("an empty database leads to setup, which creates the owner and the demo workspace", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Set up Liftboard" })).toBeVisible();

  await page.getByLabel("Workspace name").fill("Demo Webshop");
  await page.getByLabel("E-mail address").fill(OWNER.email);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByLabel(/Demo data/).check();
  await page.getByRole("button", { name: "Create owner and workspace" }).click();

  await expect(page).toHaveURL(new RegExp(`/w/${SLUG}/overview$`), { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  // The demo shop's real counts reach the page: about 5,000 customers and 40,000 orders.
  const customers = Number((await page.getByTestId("stat-customers").innerText()).replace(/[^\d]/g, ""));
  const orders = Number((await page.getByTestId("stat-orders").innerText()).replace(/[^\d]/g, ""));
  expect(customers).toBe(16000); // lib/demo/generate-demo.ts: 16,000 customers, about 36,000 orders
  expect(orders).toBeGreaterThan(34900);
  expect(orders).toBeLessThan(37100);
  await expect(page.getByRole("img", { name: "Revenue" })).toBeVisible();
  await expect(page.getByTestId("stat-revenue")).toHaveText(/^€[\d,]+\.\d{2}$/);

  await page.context().storageState({ path: OWNER_STATE });

  // Setup is a one-time door.
  await page.goto("/setup");
  await expect(page).toHaveURL(new RegExp(`/w/${SLUG}/overview$`));
});
