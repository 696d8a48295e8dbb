import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-2xl font-semibold">{t("notFound")}</h1>
      <p className="text-slate-600">{t("notFoundBody")}</p>
      <Link href="/" className="text-brand-600 hover:underline">
        {t("backHome")}
      </Link>
    </div>
  );
}
