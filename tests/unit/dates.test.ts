import { describe, expect, it } from "vitest";
import { parseFrontmatterDate, toZonedIso, wallTimeToDate, zonedParts } from "../../src/lib/dates";

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

  it("reads a bare date (YAML makes it UTC midnight) as that day in the site's zone", () => {
    const yamlDate = new Date("2026-11-01T00:00:00Z");
    const parsed = parseFrontmatterDate(yamlDate, NY)!;
    expect(zonedParts(parsed, NY)).toMatchObject({ year: 2026, month: 11, day: 1, hour: 0 });
    expect(parseFrontmatterDate("2026-11-01", NY)?.toISOString()).toBe(parsed.toISOString());
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

  it("writes ISO strings with the zone's offset for <time datetime>", () => {
    expect(toZonedIso(new Date("2026-11-01T02:30:00Z"), NY)).toBe("2026-10-31T22:30:00-04:00");
    expect(toZonedIso(new Date("2026-12-01T15:00:00Z"), NY)).toBe("2026-12-01T10:00:00-05:00");
    expect(toZonedIso(new Date("2026-12-01T15:00:00Z"), "Asia/Kolkata")).toBe("2026-12-01T20:30:00+05:30");
  });
});
