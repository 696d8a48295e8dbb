import { TZDate } from "@date-fns/tz";
import type { LocalDateTime } from "../local-date-time";

// TZDate resolves a zone offset through Intl on every call (most of a parse's time);
// offsets only change on whole hours (all zones but Lord Howe), so the start of each wall-clock hour
// is resolved once and minutes and seconds are added to it.
const hourStarts = new Map<string, number>();
const MAX_CACHED_HOURS = 200_000;

/** The UTC instant of a parsed date-time: by its own offset when it has one, otherwise as a
 * wall-clock time in the workspace time zone (an IANA name such as "Europe/Amsterdam"). */
export function toEpochMs(dt: LocalDateTime, timeZone: string): number {
  if (dt.offsetMinutes !== null) return Date.UTC(dt.y, dt.m - 1, dt.d, dt.hh, dt.mm, dt.ss) - dt.offsetMinutes * 60_000;
  const key = `${timeZone}|${dt.y}|${dt.m}|${dt.d}|${dt.hh}`;
  let hour = hourStarts.get(key);
  if (hour === undefined) {
    if (hourStarts.size >= MAX_CACHED_HOURS) hourStarts.clear();
    hour = new TZDate(dt.y, dt.m - 1, dt.d, dt.hh, 0, 0, timeZone).getTime();
    hourStarts.set(key, hour);
  }
  return hour + dt.mm * 60_000 + dt.ss * 1000;
}
