import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { getDb } from "@/db";
import { resolveShareToken } from "@/db/queries/reports/resolve-share-token";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { LOCALE_COOKIE } from "@/lib/i18n/negotiate";
import { renderDeadLink } from "@/lib/share/render-dead-link";

// Read by i18n/request.ts: a shared report opens in its workspace's language.
const SHARE_LOCALE_HEADER = "x-liftboard-share-locale";

// Every response gets a CSP with a fresh nonce; /w and /api/v1 also need a session cookie (a fast
// first gate: every page, action and route handler still checks the session and membership itself);
// /share pages answer dead links with 404 or 410 and may be framed only when their link allows it.
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");

  if (pathname.startsWith("/share/")) return share(request, nonce);

  const needsSession = pathname.startsWith("/w/") || pathname.startsWith("/api/v1/");
  if (needsSession && !getSessionCookie(request, { cookiePrefix: "liftboard" })) {
    if (pathname.startsWith("/api/")) {
      return NextResponse.json({ error: { code: "unauthorized", message: "Sign in to continue." } }, { status: 401 });
    }
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  return next(request, contentSecurityPolicy(nonce));
}

function next(request: NextRequest, csp: string, extra: Record<string, string> = {}) {
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp); // Next reads the nonce from here for its own scripts
  for (const [k, v] of Object.entries(extra)) headers.set(k, v);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

function share(request: NextRequest, nonce: string) {
  const [, , token = "", sub] = request.nextUrl.pathname.split("/");
  const decoded = safeDecode(token);
  // A malformed escape in a pasted link is an unknown token: Next would fail decoding it with a 500.
  if (decoded === null && sub !== undefined) {
    return NextResponse.json(
      { error: { code: "not_found", message: "This link does not exist." } },
      { status: 404, headers: { "X-Robots-Tag": "noindex, nofollow" } },
    );
  }
  const resolved = decoded === null ? ({ ok: false, reason: "unknown" } as const) : resolveShareToken(getDb(), decoded);
  const embed = resolved.ok && resolved.link.allowEmbed;
  const csp = contentSecurityPolicy(nonce, embed ? "*" : "'none'");
  let res: NextResponse;
  if (!resolved.ok && sub === undefined) {
    // A dead link's page; the data route answers its own 404/410 in the API's error shape.
    const dead = renderDeadLink(resolved.reason, request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
    res = new NextResponse(dead.html, { status: dead.status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
    res.headers.set("Content-Security-Policy", csp);
  } else {
    res = next(request, csp, resolved.ok ? { [SHARE_LOCALE_HEADER]: resolved.workspace.locale } : {});
  }
  res.headers.set("X-Robots-Tag", "noindex, nofollow");
  // The token is in the URL: never send it on as a referrer.
  res.headers.set("Referrer-Policy", "no-referrer");
  if (!embed) res.headers.set("X-Frame-Options", "DENY");
  res.headers.set("X-Content-Type-Options", "nosniff");
  return res;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

// Not /api/v1/imports: Next buffers (and cuts at 10 MB) the body of any request that passes the proxy,
// and uploads must stream; those routes authorize every request themselves. Static files need no CSP.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/v1/imports).*)"] };
