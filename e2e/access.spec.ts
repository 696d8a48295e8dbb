import { expect, test } from "@playwright/test";
import { SLUG } from "./fixtures";

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  for (const page of ["overview", "segments", "campaigns", "offers", "products", "customers", "imports", "reports", "settings"]) {
    test(`a visitor to /w/${SLUG}/${page} is sent to sign-in`, async ({ page: p }) => {
      await p.goto(`/w/${SLUG}/${page}`);
      await expect(p).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(`/w/${SLUG}/${page}`)}$`));
      await expect(p.getByRole("heading", { name: "Sign in" })).toBeVisible();
    });
  }

  test("the import routes authorize before they parse: 401 without a session, whatever the query", async ({ request }) => {
    for (const url of ["/api/v1/imports/progress", "/api/v1/imports/progress?uploadId=", `/api/v1/imports/progress?workspace=${SLUG}&uploadId=x`]) {
      expect((await request.get(url)).status(), url).toBe(401);
    }
    expect((await request.post("/api/v1/imports?kind=nonsense", { data: "a\n1\n" })).status()).toBe(401);
    expect((await request.post(`/api/v1/imports/cancel?workspace=${SLUG}&uploadId=x`)).status()).toBe(401);
    expect((await request.post("/api/v1/imports/cancel")).status()).toBe(401);
  });

  test("the site icon is served to everyone (no 404 on every page)", async ({ request }) => {
    for (const url of ["/favicon.ico", "/icon.svg"]) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      expect(res.headers()["content-type"], url).toMatch(/^image\//);
    }
  });

  test("API routes answer 401 without a session", async ({ request }) => {
    for (const url of [`/api/v1/workspaces/${SLUG}/summary`, "/api/v1/workspaces/nope/summary", "/api/v1/anything"]) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(401);
      expect(await res.json()).toEqual({ error: { code: "unauthorized", message: "Sign in to continue." } });
    }
  });

  test("open sign-up over HTTP is closed", async ({ request }) => {
    const res = await request.post("/api/auth/sign-up/email", {
      data: { email: "intruder@example.com", password: "password123", name: "x" },
      headers: { Origin: "http://localhost:3100" },
    });
    expect(res.status()).toBe(403);
  });

  test("a forged session cookie gets no data", async ({ request }) => {
    const res = await request.get(`/api/v1/workspaces/${SLUG}/summary`, {
      headers: { Cookie: "liftboard.session_token=forged.value" },
    });
    expect(res.status()).toBe(401);
  });
});

test("a signed-in owner gets the workspace summary, and 404 for a workspace that is not theirs", async ({ request }) => {
  const res = await request.get(`/api/v1/workspaces/${SLUG}/summary`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.customers).toBeGreaterThan(4000);
  expect(body.months.length).toBeGreaterThanOrEqual(24);
  const other = await request.get(`/api/v1/workspaces/default-elsewhere/summary`);
  expect(other.status()).toBe(404);
});

test("an account locks after 10 sign-in attempts, whatever X-Forwarded-For the client claims", async ({ request }) => {
  const attempt = (i: number) =>
    request.post("/api/auth/sign-in/email", {
      data: { email: "target@demo-webshop.nl", password: `guess-${i}` },
      headers: { Origin: "http://localhost:3100", "X-Forwarded-For": `203.0.113.${i}` },
    });
  for (let i = 0; i < 10; i++) expect((await attempt(i)).status()).toBe(401);
  const locked = await attempt(10);
  expect(locked.status()).toBe(429);
  expect((await locked.json()).message).toMatch(/Too many sign-in attempts for this account/);
});

test("sign-in sends a signed-in user only to paths on this site, whatever ?next= says", async ({ page }) => {
  for (const next of ["/%5Cevil.example", "/%09/evil.example", "/%0A/evil", "//evil.example", "https://evil.example"]) {
    const res = await page.goto(`/sign-in?next=${next}`);
    expect(res?.status(), next).toBeLessThan(400);
    expect(new URL(page.url()).hostname, next).toBe("localhost");
    await expect(page).toHaveURL(new RegExp(`/w/${SLUG}/overview$`));
  }
});

test("crafted filters answer 400 with a message, never 500", async ({ request }) => {
  for (const kind of ["overview", "kpis"]) {
    for (const q of ["from=2025-13-45", "to=2025-02-30"]) {
      const res = await request.get(`/api/v1/workspaces/${SLUG}/${kind}?${q}`);
      expect(res.status(), `${kind}?${q}`).toBe(400);
      expect((await res.json()).error.message).toMatch(/No such day/);
    }
    // Keys that are properties of every JavaScript object name no customers column, nor an attribute of this workspace.
    for (const key of ["constructor", "__proto__", "toString", "no_such_key"]) {
      const res = await request.get(`/api/v1/workspaces/${SLUG}/${kind}?segment=${encodeURIComponent(`${key}=x`)}`);
      expect(res.status(), `${kind} ${key}`).toBe(400);
      expect((await res.json()).error.message).toContain(`No segment "${key}" in this workspace`);
    }
    expect((await request.get(`/api/v1/workspaces/${SLUG}/${kind}?segment=region%3DUtrecht`)).status()).toBe(200);
  }
});
