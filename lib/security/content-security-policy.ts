/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce (Next puts it
 * on its own scripts) or when loaded by such a script ('strict-dynamic'); styles may be inline because
 * the charts set style attributes. `frameAncestors` is 'none' except on share links that allow embedding.
 */
export function contentSecurityPolicy(nonce: string, frameAncestors: "'none'" | "*" = "'none'"): string {
  return [
    "default-src 'self'",
    // `next dev` evaluates code for its overlay and fast refresh; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}
