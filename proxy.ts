import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";
import { getDb } from "@/db";
import { resolveShareToken } from "@/db/queries/reports/resolve-share-token";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";

// Read by i18n/request.ts: a shared report opens in its workspace's language.
const SHARE_LOCALE_HEADER = "x-liftboard-share-locale";

// Every response gets a CSP with a fresh nonce; /w and /api/v1 also need a session cookie (a fast
// first gate: every page, action and route handler still checks the session and membership itself);
// /share pages answer 404 or 410 for dead links and may be framed only when their link allows it.
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

function next(request: NextRequest, csp: string, extra: Record<string, string> = {}, response?: (h: Headers) => NextResponse) {
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp); // Next reads the nonce from here for its own scripts
  for (const [k, v] of Object.entries(extra)) headers.set(k, v);
  const res = response ? response(headers) : NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

function share(request: NextRequest, nonce: string) {
  const [, , token = "", sub] = request.nextUrl.pathname.split("/");
  const resolved = resolveShareToken(getDb(), decodeURIComponent(token));
  const embed = resolved.ok && resolved.link.allowEmbed;
  const extra: Record<string, string> = resolved.ok ? { [SHARE_LOCALE_HEADER]: resolved.workspace.locale } : {};
  // The data route answers its own 404/410 in the API's error shape; pages get a readable page.
  const dead = !resolved.ok && sub === undefined;
  const res = next(request, contentSecurityPolicy(nonce, embed ? "*" : "'none'"), extra, (headers) => {
    if (!dead) return NextResponse.next({ request: { headers } });
    const url = request.nextUrl.clone();
    url.pathname = `/share-unavailable/${resolved.ok ? "unknown" : resolved.reason}`;
    return NextResponse.rewrite(url, { request: { headers }, status: !resolved.ok && resolved.reason !== "unknown" ? 410 : 404 });
  });
  res.headers.set("X-Robots-Tag", "noindex, nofollow");
  // The token is in the URL: never send it on as a referrer.
  res.headers.set("Referrer-Policy", "no-referrer");
  if (!embed) res.headers.set("X-Frame-Options", "DENY");
  res.headers.set("X-Content-Type-Options", "nosniff");
  return res;
}

// Not /api/v1/imports: Next buffers (and cuts at 10 MB) the body of any request that passes the proxy,
// and uploads must stream; those routes authorize every request themselves. Static files need no CSP.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/v1/imports).*)"] };
