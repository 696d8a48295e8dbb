import { expect, test } from "@playwright/test";
import { SLUG } from "./fixtures";

test("campaigns show attributed and incremental results apart, with cost and revenue bars", async ({ page }) => {
  await page.goto(`/w/${SLUG}/campaigns`);
  await expect(page.getByText(/Attributed figures credit a campaign/)).toBeVisible();
  const xsell = page.getByTestId("campaign-CMP-XSELL-ACC");
  await expect(xsell).toBeVisible();
  await expect(xsell).toContainText("Cross-sell · "); // the campaign's type in words, not cross_sell
  await expect(page.getByTestId("attributed-CMP-XSELL-ACC")).toHaveText(/^€[\d,]+$/);
  // Only the campaign with a holdout has incremental figures, with an interval and a p-value.
  await expect(page.getByTestId("incremental-CMP-XSELL-ACC")).toContainText(/95% interval .* p = /);
  // Its interval holds zero (p 0.31 on the demo): said in words, in a neutral colour, with no ROI headline.
  await expect(page.getByTestId("incremental-CMP-XSELL-ACC")).toHaveAttribute("data-verdict", "unclear");
  await expect(page.getByTestId("incremental-verdict-CMP-XSELL-ACC")).toContainText(
    /^Not distinguishable from zero: .* About [\d,]+ customers in test and holdout together/,
  );
  await expect(page.getByTestId("incremental-CMP-XSELL-ACC")).not.toContainText("Incremental ROI");
  await expect(page.getByTestId("campaign-CMP-UPSELL-TIER")).toContainText("no holdout group");
  await expect(page.getByRole("img", { name: "Cost and attributed revenue per campaign" })).toBeVisible();
  await expect(page.getByTestId("before-after-CMP-XSELL-ACC")).toBeVisible();
});
