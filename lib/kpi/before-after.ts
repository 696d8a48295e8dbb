import { differenceInCalendarDays, parseISO } from "date-fns";
import { shiftDay } from "./period";

export type Window = { days: number; before: { from: string; to: string }; after: { from: string; to: string } };

/** For a campaign starting on day S: W days before (S−W..S−1) against W days from the start
 * (S..S+W−1), W = the shorter of `maxDays` and the data available on each side; null when one
 * side has no data. */
export function beforeAfterWindow(start: string, data: { first: string; last: string }, maxDays = 90): Window | null {
  const beforeDays = differenceInCalendarDays(parseISO(start), parseISO(data.first));
  const afterDays = differenceInCalendarDays(parseISO(data.last), parseISO(start)) + 1;
  const days = Math.min(maxDays, beforeDays, afterDays);
  if (days < 1) return null;
  return {
    days,
    before: { from: shiftDay(start, -days), to: shiftDay(start, -1) },
    after: { from: start, to: shiftDay(start, days - 1) },
  };
}
