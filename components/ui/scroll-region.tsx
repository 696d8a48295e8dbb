"use client";

import clsx from "clsx";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** A wide table or chart that scrolls sideways on a narrow screen. It takes keyboard focus, so it can be
 * scrolled without a mouse (WCAG 2.1.1), and names itself for screen readers. */
export function ScrollRegion({ label, className, children, ...rest }: { label?: string; className?: string; children: ReactNode; "data-testid"?: string }) {
  const t = useTranslations("common");
  return (
    <div
      role="region"
      aria-label={label ?? t("scrollTable")}
      tabIndex={0}
      className={clsx("overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600", className)}
      {...rest}
    >
      {children}
    </div>
  );
}
