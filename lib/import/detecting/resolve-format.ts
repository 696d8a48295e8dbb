import type { ImportFormat } from "../format";
import type { FormatDetection } from "../format-detection";
import { planColumns } from "./plan-columns";
import { reuseFormat } from "./reuse-format";

export type FormatSource = "explicit" | "saved" | "detected";
export type ResolvedFormat = {
  format: ImportFormat;
  source: FormatSource;
  /** Required fields the format reads from no column of this file. None for a caller's format: it may
   * read the file with another encoding or delimiter, so parseRows checks it against the header as it
   * reads it. */
  missing: FormatDetection["missingRequired"];
};

/** Which format reads a file, for every way in (upload, preview, HTTP API, CLI): the one the caller
 * gives (the preview's correction, a --mapping file), else the one saved for this header in the
 * workspace, applied through reuseFormat so the new file's own encoding and delimiter count, else
 * the detected one. `said` is what the caller says of the file that no detection can know: that an
 * orders file has no customer column (--without-customers). */
export function resolveFormat(
  detection: FormatDetection,
  saved: ImportFormat | null,
  explicit?: ImportFormat,
  said: { withoutCustomers?: boolean } = {},
): ResolvedFormat {
  const reused = !explicit && saved ? reuseFormat(saved, detection.format, detection.headers) : null;
  const [chosen, source]: [ImportFormat, FormatSource] = explicit ? [explicit, "explicit"] : reused ? [reused, "saved"] : [detection.format, "detected"];
  const format = said.withoutCustomers && chosen.kind === "orders" ? { ...chosen, withoutCustomers: true } : chosen;
  const missing =
    source === "explicit" ? [] : source === "detected" && format === chosen ? detection.missingRequired : planColumns(format, detection.headers).missing;
  return { format, source, missing };
}
