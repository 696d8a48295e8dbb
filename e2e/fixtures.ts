import { expect, test, type Page } from "@playwright/test";

// Shared facts of the e2e run: the owner created by setup.spec.ts and the demo workspace.
export const OWNER = { email: "owner@demo-webshop.nl", password: "correct horse battery" };
export const SLUG = "demo-webshop";
export const OWNER_STATE = "e2e/.data/owner.json";

/** Saves the view at `path` of the demo workspace as a report named `name`; its card on Reports. */
export async function saveView(page: Page, path: string, name: string) {
  await page.goto(`/w/${SLUG}/${path}`);
  await page.getByRole("button", { name: "Save view" }).click();
  await page.getByLabel("Report name").fill(name);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByRole("link", { name: "Saved: share it from Reports & sharing" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${SLUG}/reports$`));
  return page.locator("section", { has: page.getByTestId(`report-${name}`) });
}

/** A new share link, no password or expiry, of the view at `path`, saved as `name`: its URL. */
export async function newShareLink(page: Page, path: string, name: string): Promise<string> {
  const card = await saveView(page, path, name);
  await card.getByRole("button", { name: "New share link" }).click();
  await card.getByRole("button", { name: "Create link" }).click();
  return card.getByLabel("Share link", { exact: true }).inputValue();
}

/** A new workspace named `name` (plain words), made from the demo workspace's settings: its slug, the
 * name's words in lower case. A retry finds the first attempt's workspace and is given the next free
 * address ("guest-shop-2"): the test goes on there. */
export async function newWorkspace(page: Page, name: string): Promise<string> {
  await page.goto(`/w/${SLUG}/settings`);
  await page.getByLabel("Name", { exact: true }).last().fill(name);
  await page.getByRole("button", { name: "Create workspace" }).click();
  const slug = name.toLowerCase().replace(/ /g, "-");
  await expect(page).toHaveURL(new RegExp(`/w/${slug}${test.info().retry ? "(-\\d+)?" : ""}/overview$`));
  return new URL(page.url()).pathname.split("/")[2];
}
