import { BarChart3, Boxes, FlaskConical, LayoutDashboard, Megaphone, Settings, Share2, Upload, Users, type LucideIcon } from "lucide-react";

export type NavKey = "overview" | "segments" | "campaigns" | "offers" | "products" | "customers" | "imports" | "reports" | "settings";

export const NAV_ITEMS: { key: NavKey; icon: LucideIcon }[] = [
  { key: "overview", icon: LayoutDashboard },
  { key: "segments", icon: BarChart3 },
  { key: "campaigns", icon: Megaphone },
  { key: "offers", icon: FlaskConical },
  { key: "products", icon: Boxes },
  { key: "customers", icon: Users },
  { key: "imports", icon: Upload },
  { key: "reports", icon: Share2 },
  { key: "settings", icon: Settings },
];
