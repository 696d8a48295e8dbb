"use client";

import { Menu, X } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { SaveViewButton } from "@/components/reports/save-view-button";
import { hasRole } from "@/lib/auth/roles";
import type { Role } from "@/lib/schemas/roles";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher, type WorkspaceOption } from "./workspace-switcher";

type Props = { slug: string; workspaces: WorkspaceOption[]; email: string; role: Role; children: ReactNode };

export function AppShell({ slug, workspaces, email, role, children }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const [open, setOpen] = useState(false);
  const sidebar = (
    <div className="flex h-full flex-col gap-5 p-4">
      <div className="flex items-center gap-2 px-1 text-lg font-semibold text-brand-900">
        <span aria-hidden className="flex h-6 items-end gap-0.5">
          <span className="h-2.5 w-1.5 rounded-sm bg-brand-500/60" />
          <span className="h-4 w-1.5 rounded-sm bg-brand-500/80" />
          <span className="h-6 w-1.5 rounded-sm bg-brand-600" />
        </span>
        {t("app.name")}
      </div>
      <WorkspaceSwitcher current={slug} workspaces={workspaces} />
      <SidebarNav slug={slug} onNavigate={() => setOpen(false)} />
    </div>
  );
  return (
    <div className="min-h-screen lg:grid lg:grid-cols-[15rem_1fr] print:block">
      <aside className="hidden border-r border-slate-200 bg-white lg:block print:hidden">{sidebar}</aside>
      {open && (
        <div className="fixed inset-0 z-30 lg:hidden">
          <div className="absolute inset-0 bg-slate-900/30" onClick={() => setOpen(false)} />
          <aside className="absolute inset-y-0 left-0 w-64 bg-white shadow-xl">{sidebar}</aside>
        </div>
      )}
      <div className="min-w-0">
        <header className="sticky top-0 z-10 print:hidden flex items-center justify-between gap-3 border-b border-slate-200 bg-white/90 px-4 py-2 backdrop-blur lg:px-8">
          <button
            type="button"
            className="rounded-md p-2 text-slate-700 hover:bg-slate-100 lg:hidden"
            onClick={() => setOpen(!open)}
            aria-label={t("nav.menu")}
          >
            {open ? <X className="size-5" /> : <Menu className="size-5" />}
          </button>
          <div className="flex-1" />
          {hasRole(role, "editor") && <SaveViewButton slug={slug} />}
          <UserMenu email={email} role={role} />
        </header>
        <main className="mx-auto max-w-7xl px-4 py-6 lg:px-8">
          {/* Only on paper: whose report and when, above the page's own title, period and filters. */}
          <p className="mb-4 hidden text-xs text-slate-500 print:block">
            Liftboard · {workspaces.find((w) => w.slug === slug)?.name} · {t("common.printedOn", { date: format.dateTime(new Date(), { dateStyle: "long" }) })}
          </p>
          {children}
        </main>
      </div>
    </div>
  );
}
