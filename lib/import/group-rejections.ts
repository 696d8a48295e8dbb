import type { RowRejection } from "./row-batch";

/** Rejected rows of one reason: how many, and the first of them as the example. */
export type RejectionGroup = { count: number; column: string | null; message: string; firstLine: number };

/** Groups rejections by reason as they arrive, for a refusal a person can read at a glance ("135,037
 * rows like line 2: No customer ..."). Two rows share a reason when their column is the same and
 * their messages differ only in quoted values and numbers. */
export class RejectionGroups {
  private readonly groups = new Map<string, RejectionGroup>();

  add(r: RowRejection): void {
    const key = `${r.column ?? ""}\u0000${r.message.replace(/"[^"]*"/g, '""').replace(/-?\d[\d.,]*/g, "0")}`;
    const g = this.groups.get(key);
    if (g) g.count++;
    else this.groups.set(key, { count: 1, column: r.column, message: r.message, firstLine: r.line });
  }

  /** Most frequent first. */
  list(): RejectionGroup[] {
    return [...this.groups.values()].sort((a, b) => b.count - a.count || a.firstLine - b.firstLine);
  }
}
