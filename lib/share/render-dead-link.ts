import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import { isLocale, negotiateLocale } from "@/lib/i18n/negotiate";

export type DeadLinkReason = "unknown" | "expired" | "revoked";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page a dead share link answers with, as plain HTML from proxy.ts: Next does not carry a
 * proxy rewrite's status into an App Router page, and a client must see 404 (never existed) or
 * 410 (expired, revoked). It names no workspace or report, so a guessed token learns nothing.
 */
export function renderDeadLink(reason: DeadLinkReason, cookieLocale: string | undefined, acceptLanguage: string | null): { html: string; status: number } {
  const locale = isLocale(cookieLocale) ? cookieLocale : negotiateLocale(acceptLanguage);
  const t = (locale === "nl" ? nl : en).share.dead;
  const { title, body } = t[reason];
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${escape(title)} · Liftboard</title>
<style>body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f8fafc;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f172a}main{max-width:28rem;margin:1rem;padding:2rem;background:#fff;border:1px solid #e2e8f0;border-radius:.75rem}p.b{font-size:.875rem;font-weight:600;color:#1d4ed8;margin:0 0 1.5rem}h1{font-size:1.25rem;margin:0}p{color:#475569;font-size:.875rem}</style></head>
<body><main><p class="b">Liftboard</p><h1>${escape(title)}</h1><p>${escape(body)}</p><p>${escape(t.hint)}</p></main></body></html>`;
  return { html, status: reason === "unknown" ? 404 : 410 };
}
