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
  // The demo's cart widget is a real win (a 30 % holdout of some 2,150 customers; its interval lies above
  // zero): a gain in words, with its ROI. An interval holding zero is unclear-effect.spec's.
  await expect(page.getByTestId("incremental-CMP-XSELL-ACC")).toHaveAttribute("data-verdict", "gain");
  await expect(page.getByTestId("incremental-verdict-CMP-XSELL-ACC")).toHaveText("A gain: the whole interval lies above zero.");
  await expect(page.getByTestId("incremental-CMP-XSELL-ACC")).toContainText(/Incremental ROI \+[\d,.]+%/);
  // Attributed ROI and margin ROI are taken over different revenue: each says its base, with the amounts.
  await expect(xsell).toContainText("on the accepted offers' own revenue");
  await expect(xsell).toContainText(
    /Margin ROI [+-][\d,.]+% on the gross margin €[\d,]+ of every line of the [\d,]+ orders the accepted offers link to \(their revenue €[\d,]+/,
  );
  await expect(page.getByTestId("campaign-CMP-UPSELL-TIER")).toContainText("no holdout group");
  await expect(page.getByRole("img", { name: "Cost and attributed revenue per campaign" })).toBeVisible();
  await expect(page.getByTestId("before-after-CMP-XSELL-ACC")).toBeVisible();
});
