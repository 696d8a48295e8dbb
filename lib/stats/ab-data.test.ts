import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeAbTest } from "./analyze-ab-test";
import { renderVerdict } from "./render-verdict";

// The public "A/B testing" e-commerce landing-page data set (Udacity's Analyze A/B Test Results project),
// shipped next to the repository in CI. The published analysis: drop rows whose group and landing page
// disagree (control must see old_page, treatment new_page), then duplicate users keeping the first row;
// control 145,274 users converting 0.1204, treatment 145,310 converting 0.1188, two-proportion
// z = 1.31 (|z|), two-sided p = 0.19.
const DATA = fileURLToPath(new URL("../../../shared/datasets/ab_test/ab_data.csv", import.meta.url));

type Tally = { users: number; conversions: number };

function tallyCleanRows(csv: string): { rows: number; control: Tally; treatment: Tally } {
  const lines = csv.split(/\r?\n/).filter((l) => l.length > 0);
  expect(lines[0]).toBe("user_id,timestamp,group,landing_page,converted");
  const seen = new Set<string>();
  const tally = { control: { users: 0, conversions: 0 }, treatment: { users: 0, conversions: 0 } };
  for (const line of lines.slice(1)) {
    const [userId, , group, page, converted] = line.split(",");
    const aligned = (group === "control" && page === "old_page") || (group === "treatment" && page === "new_page");
    if (!aligned || seen.has(userId)) continue;
    seen.add(userId);
    const t = tally[group as "control" | "treatment"];
    t.users += 1;
    t.conversions += Number(converted);
  }
  return { rows: lines.length - 1, ...tally };
}

describe.skipIf(!existsSync(DATA))("published A/B test result on ab_data.csv", () => {
  it("reproduces the published counts, rates, z and p through analyzeAbTest", () => {
    const { rows, control, treatment } = tallyCleanRows(readFileSync(DATA, "utf8"));
    expect(rows).toBe(294_478);
    const result = analyzeAbTest({
      variants: [
        { name: "control", ...control },
        { name: "treatment", ...treatment },
      ],
    });
    const [c, t] = result.variants;
    expect(result.control).toBe("control");
    expect(c.users).toBe(145_274);
    expect(t.users).toBe(145_310);
    expect(c.conversionRate.estimate).toBeCloseTo(0.1204, 4);
    expect(t.conversionRate.estimate).toBeCloseTo(0.1188, 4);

    const cmp = result.comparisons[0];
    // Our z is variant − control, so the treatment's lower rate gives −1.31.
    expect(cmp.z).toBeCloseTo(-1.31, 2);
    expect(Math.abs(cmp.z)).toBeCloseTo(1.31, 2);
    expect(cmp.pValue).toBeCloseTo(0.19, 2);
    expect(cmp.significant).toBe(false);

    // A 50/50 split that held: 36 users apart out of 290,584.
    expect(result.sampleRatio.mismatch).toBe(false);
    expect(cmp.verdict.code).toBe("needs_more_users");
    expect(renderVerdict(cmp.verdict)).toMatch(
      /^No significant difference between treatment and control yet \(p = 0\.19\); about [\d,]+ more users per group are needed to detect the observed effect with 80% power\.$/,
    );
  });
});
