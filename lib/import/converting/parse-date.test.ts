import { describe, expect, it } from "vitest";
import { detectDateFormat } from "../detecting/detect-date-format";
import type { DateFormat } from "../format";
import { parseDate, toIsoDate } from "./parse-date";
import { toEpochMs } from "./to-epoch-ms";

const dmy: DateFormat = { order: "dmy", separator: "-", hasTime: false, assumed: false };
const mdy: DateFormat = { order: "mdy", separator: "/", hasTime: false, assumed: false };
const at = (y: number, m: number, d: number, hh = 0, mm = 0, ss = 0, offsetMinutes: number | null = null) => ({ y, m, d, hh, mm, ss, offsetMinutes });

describe("parseDate", () => {
  it.each([
    ["2025-12-31", dmy, at(2025, 12, 31)],
    ["2025/12/31 11:23", dmy, at(2025, 12, 31, 11, 23)],
    ["31-12-2025", dmy, at(2025, 12, 31)],
    ["31/12/2025", dmy, at(2025, 12, 31)],
    ["31.12.2025 08:26", dmy, at(2025, 12, 31, 8, 26)],
    ["12/31/2025", mdy, at(2025, 12, 31)],
    ["1/2/2025", mdy, at(2025, 1, 2)],
    ["1/2/2025", dmy, at(2025, 2, 1)],
    ["01-12-10 8:05", dmy, at(2010, 12, 1, 8, 5)],
    ["12/1/2010 8:26 PM", mdy, at(2010, 12, 1, 20, 26)],
    ["12/1/2010 12:05 AM", mdy, at(2010, 12, 1, 0, 5)],
    ["2010-12-01 08:26:00", dmy, at(2010, 12, 1, 8, 26, 0)],
    ["2025-03-30T02:30:15.123", dmy, at(2025, 3, 30, 2, 30, 15)],
  ] as const)("reads %s", (text, format, expected) => {
    expect(parseDate(text, format)).toEqual(expected);
  });

  it.each([
    ["2025-12-31T13:30:00Z", 0],
    ["2025-12-31T13:30:00+01:00", 60],
    ["2022-04-06 21:52:40 -0400", -240],
    ["31-12-2025 13:30 +0530", 330],
    ["2025-12-31 13:30 UTC", 0],
  ] as const)("keeps the offset of %s", (text, offset) => {
    expect(parseDate(text, dmy)?.offsetMinutes).toBe(offset);
  });

  it.each(["31-02-2025", "2025-13-01", "29-02-2025", "32.01.2025", "13/13/2025", "31-12-2025 24:00", "31-12-2025 12:61", "tomorrow", "2025"])(
    "refuses %s",
    (text) => {
      expect(parseDate(text, dmy)).toBeNull();
    },
  );

  it("accepts 29 February in a leap year", () => {
    expect(parseDate("29-02-2024", dmy)).toEqual(at(2024, 2, 29));
  });

  it("formats the calendar date as written", () => {
    expect(toIsoDate(at(2025, 3, 7, 23, 59, 0, -600))).toBe("2025-03-07");
  });
});

describe("detectDateFormat", () => {
  it("reads ISO columns as year-month-day", () => {
    expect(detectDateFormat(["2025-01-02", "2025-03-04", "2025-05-06 10:00"], ",")).toEqual({ order: "ymd", separator: "-", hasTime: false, assumed: false });
  });
  it("decides day first from any first part over 12, from the whole column", () => {
    expect(detectDateFormat(["01/02/2025", "03/04/2025", "13/04/2025"], ",")).toEqual({ order: "dmy", separator: "/", hasTime: false, assumed: false });
  });
  it("decides month first from any second part over 12", () => {
    expect(detectDateFormat(["01-02-2025 10:00", "04-13-2025 11:00"], ";")).toEqual({ order: "mdy", separator: "-", hasTime: true, assumed: false });
  });
  it("assumes day first for '-' and '.' dates when no value tells", () => {
    expect(detectDateFormat(["01-02-2025", "03-04-2025"], ",")).toEqual({ order: "dmy", separator: "-", hasTime: false, assumed: true });
    expect(detectDateFormat(["01.02.2025 08:26", "03.04.2025 09:00"], ",")).toEqual({ order: "dmy", separator: ".", hasTime: true, assumed: true });
  });
  it("assumes day first for '/' dates in a ';' file, month first in a ',' file", () => {
    expect(detectDateFormat(["01/02/2025", "03/04/2025"], ";")).toMatchObject({ order: "dmy", assumed: true });
    expect(detectDateFormat(["01/02/2025", "03/04/2025"], ",")).toMatchObject({ order: "mdy", assumed: true });
  });
  it("marks a column that contradicts itself and goes with the majority", () => {
    expect(detectDateFormat(["13/01/2025", "14/01/2025", "01/13/2025"], ",")).toMatchObject({ order: "dmy", assumed: true });
  });
  it("says a column without date shapes is not a date column", () => {
    expect(detectDateFormat(["abc", "12", "2025"], ",")).toBeNull();
  });
});

describe("toEpochMs", () => {
  it("reads a time without offset as wall-clock time in the workspace zone (winter and summer)", () => {
    expect(new Date(toEpochMs(at(2025, 1, 15, 10, 30), "Europe/Amsterdam")).toISOString()).toBe("2025-01-15T09:30:00.000Z");
    expect(new Date(toEpochMs(at(2025, 7, 15, 10, 30, 5), "Europe/Amsterdam")).toISOString()).toBe("2025-07-15T08:30:05.000Z");
    expect(new Date(toEpochMs(at(2025, 7, 15, 10, 30), "America/New_York")).toISOString()).toBe("2025-07-15T14:30:00.000Z");
  });
  it("uses the value's own offset when it has one, whatever the workspace zone", () => {
    expect(new Date(toEpochMs(at(2022, 4, 6, 21, 52, 40, -240), "Europe/Amsterdam")).toISOString()).toBe("2022-04-07T01:52:40.000Z");
  });
  it("agrees with the zone on both sides of a DST change", () => {
    // 26 Oct 2025 03:00 CEST → 02:00 CET in Amsterdam.
    expect(new Date(toEpochMs(at(2025, 10, 26, 1, 59), "Europe/Amsterdam")).toISOString()).toBe("2025-10-25T23:59:00.000Z");
    expect(new Date(toEpochMs(at(2025, 10, 26, 4, 0), "Europe/Amsterdam")).toISOString()).toBe("2025-10-26T03:00:00.000Z");
  });
});
