import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";

export function AuthFrame({ title, intro, children }: { title: ReactNode; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="mb-6 text-sm font-semibold tracking-wide text-brand-700">Liftboard</p>
        <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
        {intro && <p className="mt-2 text-sm text-slate-600">{intro}</p>}
        <div className="mt-6">{children}</div>
      </div>
      <div className="mt-4">
        <LanguageSwitch />
      </div>
    </div>
  );
}
