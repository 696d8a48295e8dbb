import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthFrame } from "@/components/auth/auth-frame";

export const metadata: Metadata = { title: "Link unavailable", robots: { index: false, follow: false } };

// proxy.ts rewrites dead share links here with status 404 (unknown) or 410 (expired, revoked). The
// page names no workspace or report: a guessed token learns nothing.
export default async function ShareUnavailable({ params }: { params: Promise<{ reason: string }> }) {
  const { reason } = await params;
  const t = await getTranslations("share");
  const key = reason === "expired" ? "expired" : reason === "revoked" ? "revoked" : "unknown";
  return (
    <AuthFrame title={t(`dead.${key}.title`)} intro={t(`dead.${key}.body`)}>
      <p className="text-sm text-slate-500">{t("dead.hint")}</p>
    </AuthFrame>
  );
}
