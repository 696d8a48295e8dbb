/** Integer ids read as one text per statement (`group_concat(id)`, comma-separated) rather than one row
 * each: better-sqlite3 makes a JS value per row, which is most of the cost of reading millions of ids.
 * SQLite's spelling; PostgreSQL's is string_agg(id::text, ','). */
export const idListSql = (column: string) => `group_concat(${column}), count(*)`;

/** The ids of a group_concat text (`count` of them, as the statement counted them) into `into` from `at`. */
export function parseIdList(text: string | null, count: number, into: Int32Array, at: number): void {
  if (count === 0) return;
  if (text === null) throw new Error(`parseIdList: ${count} ids counted, no text`);
  let k = at;
  let v = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) {
      if (digits === 0) throw new Error(`parseIdList: an empty id at ${i}`);
      into[k++] = v;
      v = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      if (v > 0x7fffffff) throw new Error(`parseIdList: an id past ${0x7fffffff} at ${i}`);
      digits++;
    } else throw new Error(`parseIdList: "${text[i]}" at ${i} is no digit (ids are non-negative integers)`);
  }
  if (digits === 0) throw new Error(`parseIdList: an empty id at ${text.length}`);
  into[k++] = v;
  if (k - at !== count) throw new Error(`parseIdList: ${k - at} ids read, ${count} counted`);
}
