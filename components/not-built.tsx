import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { NavKey } from "@/components/shell/nav-items";

type Pending = Exclude<NavKey, "overview" | "settings" | "imports" | "segments" | "campaigns" | "offers" | "products" | "reports">;

/** A page whose feature is not built yet says so plainly, and shows no numbers. */
export async function NotBuilt({ page }: { page: Pending }) {
  const t = await getTranslations();
  return (
    <div>
      <PageHeader title={t(`nav.${page}`)} />
      <Card>
        <p className="inline-flex rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-800">{t("notBuilt.title")}</p>
        <p className="mt-3 text-sm text-slate-700">{t(`notBuilt.${page}`)}</p>
        <p className="mt-1 text-sm text-slate-500">{t("notBuilt.noFakes")}</p>
      </Card>
    </div>
  );
}
