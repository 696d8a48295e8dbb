import { describe, expect, it } from "vitest";
import { isWholeHourZone } from "./whole-hour-zone";

describe("isWholeHourZone", () => {
  it("knows zones whose local midnights are whole UTC hours, summer time included, from those a half or quarter hour off", () => {
    for (const zone of ["UTC", "Europe/Amsterdam", "America/New_York", "Asia/Tokyo", "Pacific/Auckland"]) expect(isWholeHourZone(zone), zone).toBe(true);
    for (const zone of ["Asia/Kolkata", "Australia/Adelaide", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe"]) {
      expect(isWholeHourZone(zone), zone).toBe(false);
    }
  });
});
