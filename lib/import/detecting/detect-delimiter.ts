import { DELIMITERS, type Delimiter } from "../format";
import { splitSampleRows } from "../reading/split-sample-rows";

/** The delimiter that splits the first lines (quotes respected) into the same number of fields,
 * more than one; ties go to more fields, then to the order , ; tab |. */
export function detectDelimiter(text: string): Delimiter {
  const head = text.slice(0, 64 * 1024);
  let best: { delimiter: Delimiter; consistency: number; width: number } = { delimiter: ",", consistency: 0, width: 0 };
  for (const delimiter of DELIMITERS) {
    const { rows } = splitSampleRows(head, delimiter, head.length === text.length, 50);
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    const consistency = rows.filter((r) => r.length === width).length / rows.length;
    if (consistency > best.consistency || (consistency === best.consistency && width > best.width)) best = { delimiter, consistency, width };
  }
  return best.delimiter;
}
