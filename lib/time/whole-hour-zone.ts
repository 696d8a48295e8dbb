const known = new Map<string, boolean>();

/**
 * Whether a time zone's offset from UTC is a whole number of hours on the first of every month from
 * 2000 to 2040, so its local midnights, and the periods and buckets between them, are whole UTC hours.
 * Kept per zone: a zone is checked once per process.
 */
export function isWholeHourZone(timeZone: string): boolean {
  let whole = known.get(timeZone);
  if (whole === undefined) known.set(timeZone, (whole = check(timeZone)));
  return whole;
}

function check(timeZone: string): boolean {
  const format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
  for (let year = 2000; year <= 2040; year++) {
    for (let month = 0; month < 12; month++) {
      const offset = format.formatToParts(Date.UTC(year, month, 1)).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
      // "GMT" (UTC itself) or "GMT+05:30": minutes other than 00 are not whole hours.
      if (!/^GMT(?:[+-]\d{2}:00)?$/.test(offset)) return false;
    }
  }
  return true;
}
