import { sql, type SQL } from "drizzle-orm";
import { CONTROL_VARIANTS } from "@/lib/campaigns/control-variants";

/** 1 when the offer row `o` belongs to a control/holdout variant (lib/campaigns/control-variants.ts). */
export const isControlSql: SQL = sql`(coalesce(lower(trim(o.variant)), '') IN (${sql.join(
  CONTROL_VARIANTS.map((v) => sql`${v}`),
  sql`, `,
)}))`;
