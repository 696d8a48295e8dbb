import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, isLocale, negotiateLocale } from "@/lib/i18n/negotiate";

// Set by proxy.ts on share pages: a shared report opens in its workspace's language.
const SHARE_LOCALE_HEADER = "x-liftboard-share-locale";

// No locale in the URL: the language is the user's choice (cookie), else the shared workspace's,
// else the browser's.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const h = await headers();
  const shared = h.get(SHARE_LOCALE_HEADER);
  const locale = isLocale(chosen) ? chosen : isLocale(shared) ? shared : negotiateLocale(h.get("accept-language"));
  return { locale, messages: (await import(`../messages/${locale}.json`)).default };
});
