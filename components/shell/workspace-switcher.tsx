"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

export type WorkspaceOption = { slug: string; name: string };

export function WorkspaceSwitcher({ current, workspaces }: { current: string; workspaces: WorkspaceOption[] }) {
  const t = useTranslations("common");
  const router = useRouter();
  return (
    <label className="block">
      <span className="sr-only">{t("switchWorkspace")}</span>
      <select
        aria-label={t("switchWorkspace")}
        value={current}
        onChange={(e) => router.push(`/w/${e.target.value}/overview`)}
        className="w-full rounded-md border border-slate-300 bg-white px-2.5 py-2 text-sm font-medium shadow-sm"
      >
        {workspaces.map((w) => (
          <option key={w.slug} value={w.slug}>
            {w.name}
          </option>
        ))}
      </select>
    </label>
  );
}
