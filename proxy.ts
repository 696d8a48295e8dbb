import { NextResponse, type NextRequest } from "next/server";
import { getSessionCookie } from "better-auth/cookies";

// A fast first gate on the session cookie's presence; every page, action and route handler
// still checks the session and membership itself.
export function proxy(request: NextRequest) {
  if (getSessionCookie(request, { cookiePrefix: "liftboard" })) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "unauthorized", message: "Sign in to continue." } }, { status: 401 });
  }
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = `?next=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

// /api/v1/imports is left out: Next buffers (and cuts at 10 MB) the body of any request that passes
// the proxy, and uploads must stream; those routes authorize every request themselves.
export const config = { matcher: ["/w/:path*", "/api/v1/((?!imports).*)"] };
