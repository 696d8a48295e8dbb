"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";

/** A wide table or chart that scrolls sideways on a narrow screen. It takes keyboard focus, so it can be
 * scrolled without a mouse (WCAG 2.1.1), and names itself for screen readers. While more lies to the right
 * it says so: a fade at the edge and a line below. `stickyFirst` keeps a table's first column in view. */
export function ScrollRegion({
  label,
  className,
  stickyFirst,
  children,
  ...rest
}: {
  label?: string;
  className?: string;
  stickyFirst?: boolean;
  children: ReactNode;
  "data-testid"?: string;
}) {
  const t = useTranslations("common");
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setMore(el.scrollWidth - el.clientWidth - el.scrollLeft > 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    el.addEventListener("scroll", check, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener("scroll", check);
    };
  }, []);
  return (
    <div className={clsx("relative", className)}>
      <div
        ref={ref}
        role="region"
        aria-label={label ?? t("scrollTable")}
        tabIndex={0}
        className={clsx(
          "overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600",
          stickyFirst && "[&_tr>*:first-child]:sticky [&_tr>*:first-child]:left-0 [&_tr>*:first-child]:z-10 [&_tr>*:first-child]:bg-white",
        )}
        {...rest}
      >
        {children}
      </div>
      {more && (
        <>
          <div className="pointer-events-none absolute inset-y-0 right-0 w-8 bg-gradient-to-l from-white print:hidden" aria-hidden />
          <p className="mt-1 text-right text-xs text-slate-500 print:hidden" aria-hidden data-testid="scroll-cue">
            {t("scrollForMore")}
          </p>
        </>
      )}
    </div>
  );
}
