import { describe, expect, it } from "vitest";
import { renderDeadLink } from "./render-dead-link";

describe("renderDeadLink", () => {
  it("answers 404 for a link that never existed and 410 for an expired or revoked one", () => {
    expect(renderDeadLink("unknown", undefined, "en").status).toBe(404);
    expect(renderDeadLink("expired", undefined, "en").status).toBe(410);
    expect(renderDeadLink("revoked", undefined, "en").status).toBe(410);
  });

  it("speaks the visitor's language: the chosen one, else the browser's", () => {
    expect(renderDeadLink("expired", undefined, "nl-NL,nl;q=0.9").html).toContain("Deze link is verlopen");
    expect(renderDeadLink("expired", "en", "nl-NL").html).toContain("This link has expired");
    expect(renderDeadLink("revoked", undefined, null).html).toContain('<html lang="en">');
  });

  it("is not indexed and runs no script", () => {
    const { html } = renderDeadLink("unknown", undefined, null);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toContain("<script");
  });
});
