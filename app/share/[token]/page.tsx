import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthFrame } from "@/components/auth/auth-frame";
import { ShareShell } from "@/components/share/share-shell";
import { SharedReport } from "@/components/share/shared-report";
import { UnlockForm } from "@/components/share/unlock-form";
import { countShareView, openShare } from "@/server/share/open-share";
import { prefetchSharedReport } from "@/server/reports/prefetch-reports";
import { HydrationBoundary } from "@tanstack/react-query";

export const metadata: Metadata = { title: "Shared report", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function SharePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const opened = await openShare(token);
  // proxy.ts answers dead links with the 404/410 page before this runs; this is the fallback.
  if (opened.state === "dead") notFound();
  const t = await getTranslations("share");
  if (opened.state === "locked") {
    return (
      <AuthFrame title={t("lockedTitle")} intro={t("lockedIntro")}>
        <UnlockForm token={token} />
      </AuthFrame>
    );
  }
  const { share } = opened;
  countShareView(share.link.id);
  // The report arrives with its numbers, as the workspace pages do (server/reports/prefetch-reports.ts).
  const state = await prefetchSharedReport(token, share);
  return (
    <ShareShell
      reportName={share.report.name}
      workspaceName={share.workspace.name}
      dataAsOf={share.link.mode === "snapshot" ? share.link.dataAsOf : null}
      timeZone={share.workspace.timezone}
    >
      <HydrationBoundary state={state}>
        <SharedReport
          token={token}
          page={share.report.page}
          query={share.report.query}
          currency={share.workspace.currency}
          timeZone={share.workspace.timezone}
        />
      </HydrationBoundary>
    </ShareShell>
  );
}
