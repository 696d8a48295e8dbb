import { expect, test } from "@playwright/test";
import { SLUG } from "./fixtures";

test("switching to Dutch changes labels and number formats, and back", async ({ page }) => {
  await page.goto(`/w/${SLUG}/overview`);
  await expect(page.getByRole("link", { name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("stat-revenue")).toHaveText(/^€[\d,]+\.\d{2}$/); // €1,234,567.89
  const customersEn = await page.getByTestId("stat-customers").innerText();
  expect(customersEn).toMatch(/^\d{1,3},\d{3}$/);

  await page.getByTestId("user-menu").click();
  await page.getByLabel("Language", { exact: true }).selectOption("nl");
  await expect(page.getByRole("link", { name: "Overzicht" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Overzicht" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Instellingen" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  // € 1.234.567,89 in Dutch (the space is a no-break space).
  await expect(page.getByTestId("stat-revenue")).toHaveText(/^€\s[\d.]+,\d{2}$/);
  expect(await page.getByTestId("stat-customers").innerText()).toBe(customersEn.replace(",", "."));

  // Segment codes in Dutch words: RFM groups.
  await page.goto(`/w/${SLUG}/segments?by=rfm`);
  await expect(page.getByTestId("segment-row-loyal_customers").locator("td").first()).toHaveText(/^Trouwe klanten/);
  await expect(page.getByTestId("segment-row-champions").locator("td").first()).toHaveText(/^Kampioenen/);
  // Campaign types too: the gift box campaign is a bundle.
  await page.goto(`/w/${SLUG}/campaigns`);
  await expect(page.getByText(/Bundel · /).first()).toBeVisible();

  // The choice sticks across pages and reloads.
  await page.getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { name: "Instellingen" })).toBeVisible();

  await page.getByTestId("user-menu").click();
  await page.getByLabel("Taal", { exact: true }).selectOption("en");
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
});

test.describe("a Dutch browser", () => {
  test.use({ locale: "nl-NL", storageState: { cookies: [], origins: [] } });
  test("gets Dutch without choosing", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Aanmelden" })).toBeVisible();
    await expect(page.getByLabel("Wachtwoord")).toBeVisible();
  });
});
