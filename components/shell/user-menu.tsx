"use client";

import { LogOut } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/lib/auth/auth-client";
import type { Role } from "@/lib/schemas/roles";
import { LanguageSwitch } from "./language-switch";

export function UserMenu({ email, role }: { email: string; role: Role }) {
  const t = useTranslations("common");
  const router = useRouter();
  const pathname = usePathname();
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    await authClient.signOut();
    router.replace("/sign-in");
    router.refresh();
  }
  return (
    // Keyed by path so the menu closes when the user navigates.
    <details key={pathname} className="group relative">
      <summary
        data-testid="user-menu"
        className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
      >
        <span className="flex size-7 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold uppercase text-brand-700">
          {email.slice(0, 1)}
        </span>
        <span className="hidden max-w-48 truncate sm:inline">{email}</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-lg">
        <div className="text-xs text-slate-500">
          <p className="truncate">{t("signedInAs", { email })}</p>
          <p>{t("yourRole", { role: t(`roles.${role}`) })}</p>
        </div>
        <LanguageSwitch />
        <button
          type="button"
          onClick={signOut}
          disabled={busy}
          className="flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
        >
          <LogOut aria-hidden className="size-4" /> {t("signOut")}
        </button>
      </div>
    </details>
  );
}
