import { describe, expect, it } from "vitest";
import {
  formatDateTime,
  parseFrontmatterDate,
  toZonedIso,
  wallTimeToDate,
  zonedParts,
} from "../../src/lib/content/dates";

const NY = "America/New_York";

describe("parseFrontmatterDate", () => {
  it("keeps an instant that carries its own offset", () => {
    expect(parseFrontmatterDate("2026-10-31T22:30:00-04:00", NY)?.toISOString()).toBe("2026-11-01T02:30:00.000Z");
    expect(parseFrontmatterDate(new Date("2026-03-05T10:00:00Z"), NY)?.toISOString()).toBe("2026-03-05T10:00:00.000Z");
  });

  it("reads a time without an offset as wall time in the site's zone, DST included", () => {
    expect(parseFrontmatterDate("2026-07-01 09:30", NY)?.toISOString()).toBe("2026-07-01T13:30:00.000Z");
    expect(parseFrontmatterDate("2026-01-15T09:30", NY)?.toISOString()).toBe("2026-01-15T14:30:00.000Z");
  });

  it("keeps an offset time that happens to be midnight UTC exactly as written", () => {
    // 8 pm in New York on March 31 is midnight UTC on April 1: it must stay a March post.
    const date = parseFrontmatterDate("2026-03-31T20:00:00-04:00", NY)!;
    expect(date.toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(zonedParts(date, NY)).toMatchObject({ month: 3, day: 31, hour: 20 });
  });

  it("reads a bare date as the first minute of that day in the site's zone", () => {
    const parsed = parseFrontmatterDate("2026-11-01", NY)!;
    expect(zonedParts(parsed, NY)).toMatchObject({ year: 2026, month: 11, day: 1, hour: 0 });
    expect(parseFrontmatterDate("2026-04-01T02:00:00", NY)?.toISOString()).toBe("2026-04-01T06:00:00.000Z");
  });

  it("rejects what is not a date", () => {
    expect(parseFrontmatterDate("next Tuesday", NY)).toBeUndefined();
    expect(parseFrontmatterDate("2026-02-30", NY)).toBeUndefined();
    expect(parseFrontmatterDate(20261101, NY)).toBeUndefined();
    expect(parseFrontmatterDate(undefined, NY)).toBeUndefined();
    expect(parseFrontmatterDate(new Date("nope"), NY)).toBeUndefined();
  });
});

describe("time zone helpers", () => {
  it("finds the instant of a wall time on both sides of a DST change", () => {
    expect(wallTimeToDate({ year: 2026, month: 3, day: 8, hour: 1, minute: 30, second: 0 }, NY).toISOString()).toBe(
      "2026-03-08T06:30:00.000Z",
    );
    expect(wallTimeToDate({ year: 2026, month: 3, day: 8, hour: 3, minute: 30, second: 0 }, NY).toISOString()).toBe(
      "2026-03-08T07:30:00.000Z",
    );
  });

  it("moves a time skipped by a daylight-saving jump forward with the clocks", () => {
    // New York skips 02:00–03:00 on 2026-03-08; 02:30 does not exist and reads as 03:30 EDT.
    expect(parseFrontmatterDate("2026-03-08 02:30", NY)?.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    // Santiago skips midnight on 2026-09-06: the bare date must stay on the 6th, not fall back to the 5th.
    const santiago = parseFrontmatterDate("2026-09-06", "America/Santiago")!;
    expect(zonedParts(santiago, "America/Santiago")).toMatchObject({ month: 9, day: 6, hour: 1 });
  });

  it("names the zone when it shows a time", () => {
    expect(formatDateTime(new Date("2026-09-18T13:10:00Z"), "en-US", NY)).toBe("September 18, 2026 at 9:10 AM EDT");
  });

  it("writes ISO strings with the zone's offset for <time datetime>", () => {
    expect(toZonedIso(new Date("2026-11-01T02:30:00Z"), NY)).toBe("2026-10-31T22:30:00-04:00");
    expect(toZonedIso(new Date("2026-12-01T15:00:00Z"), NY)).toBe("2026-12-01T10:00:00-05:00");
    expect(toZonedIso(new Date("2026-12-01T15:00:00Z"), "Asia/Kolkata")).toBe("2026-12-01T20:30:00+05:30");
  });
});
