const BASE = "http://liftboard.invalid";

/** Where to send a user after signing in: a path on this site, or "/". Browsers read a backslash as
 * a slash and drop tabs and newlines, so "/\evil.example" and "/<tab>/evil.example" lead off-site:
 * such characters are refused outright, and what is left must resolve to this origin. */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.length > 2048) return "/";
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return "/";
  }
  return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : "/";
}
