import { expect, test } from "@playwright/test";
import { OWNER, SLUG } from "./fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

test("sign in with a wrong password fails, with the right one returns to the page asked for, sign-out ends the session", async ({ page }) => {
  await page.goto(`/w/${SLUG}/settings`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);

  await page.getByLabel("E-mail address").fill(OWNER.email);
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That e-mail address and password do not match.")).toBeVisible();

  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${SLUG}/settings$`));
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();

  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "liftboard.session_token");
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");

  await page.getByTestId("user-menu").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.goto(`/w/${SLUG}/overview`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  const api = await page.request.get(`/api/v1/workspaces/${SLUG}/summary`);
  expect(api.status()).toBe(401);
});
