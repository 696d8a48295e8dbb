import { expect, test } from "@playwright/test";
import { SLUG } from "./fixtures";

test("an owner invites a viewer by one-time link; the viewer reads but cannot manage", async ({ page, browser }) => {
  await page.goto(`/w/${SLUG}/settings`);
  await page.getByLabel("Role for the new member").selectOption("viewer");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  const guest = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const g = await guest.newPage();
  await g.goto(link);
  await expect(g.getByRole("heading", { name: "Join Demo Webshop" })).toBeVisible();
  await expect(g.getByText("You are invited as Viewer.")).toBeVisible();
  await g.getByLabel("E-mail address").fill("viewer@client.nl");
  await g.getByLabel("Password").fill("viewer password 1");
  await g.getByRole("button", { name: "Join workspace" }).click();
  await expect(g).toHaveURL(new RegExp(`/w/${SLUG}/overview$`));
  await expect(g.getByTestId("stat-customers")).toBeVisible();

  // A viewer sees settings read-only and no member management or data deletion.
  await g.goto(`/w/${SLUG}/settings`);
  await expect(g.getByText("Only owners can change these settings.")).toBeVisible();
  await expect(g.getByRole("button", { name: "Create invite link" })).toHaveCount(0);
  await expect(g.getByRole("button", { name: "Delete all data" })).toHaveCount(0);

  // A viewer cannot save, share or import.
  await g.goto(`/w/${SLUG}/overview`);
  await expect(g.getByTestId("kpi-crossSellRatio")).toBeVisible();
  await expect(g.getByRole("button", { name: "Save view" })).toHaveCount(0);
  await g.goto(`/w/${SLUG}/reports`);
  await expect(g.getByRole("heading", { name: "Reports & sharing" })).toBeVisible();
  await expect(g.getByRole("button", { name: "New share link" })).toHaveCount(0);
  const upload = await g.request.post(`/api/v1/imports?workspace=${SLUG}&kind=orders`, {
    data: "order_id\n1\n",
    headers: { "Content-Type": "text/csv", Origin: "http://localhost:3100" }, // from its own page: refused for the role alone
  });
  expect(upload.status()).toBe(403);

  // The link worked once.
  const again = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const a = await again.newPage();
  await a.goto(link);
  await expect(a.getByText(/This invite link is not valid/)).toBeVisible();
  await again.close();
  await guest.close();

  // The owner sees the new member.
  await page.reload();
  await expect(page.getByTestId("members")).toContainText("viewer@client.nl");
});
