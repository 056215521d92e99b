/**
 * Dates in the site's time zone. Permalinks, archives and displayed dates all
 * use the publication's zone (as WordPress does), never the build machine's.
 */

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Creating an Intl.DateTimeFormat costs about 0.1 ms, formatting with one 2 µs: a build
// formats dates on every page, so each locale/zone/style keeps one formatter.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

const partsByZone = new Map<string, Map<number, Readonly<ZonedParts>>>();

/**
 * Calendar and clock fields of `date` as seen in `timeZone`. Remembered per instant: a build asks
 * for the same few dates of each post on every page that shows it (listings, feeds, cache keys),
 * and formatToParts was the largest cost of planning a 10,000-post build's pages.
 */
export function zonedParts(date: Date, timeZone: string): Readonly<ZonedParts> {
  let known = partsByZone.get(timeZone);
  if (!known) partsByZone.set(timeZone, (known = new Map()));
  const seen = known.get(date.getTime());
  if (seen) return seen;
  const format = formatter("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  const out: Record<string, number> = {};
  for (const part of format.formatToParts(date)) {
    if (part.type !== "literal") out[part.type] = Number(part.value);
  }
  const parts = Object.freeze({
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour!,
    minute: out.minute!,
    second: out.second!,
  });
  known.set(date.getTime(), parts);
  return parts;
}

function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(new Date(instant), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the clocks in `timeZone` show the given wall time. A
 * time skipped by a daylight-saving jump moves forward with the clocks
 * (02:30 on a spring-forward night becomes 03:30), as a person would expect.
 */
export function wallTimeToDate(wall: ZonedParts, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const before = offsetAt(asUtc, timeZone);
  const first = asUtc - before;
  const after = offsetAt(first, timeZone);
  if (after === before) return new Date(first);
  const second = asUtc - after;
  if (offsetAt(second, timeZone) === after) return new Date(second);
  // Neither guess shows the wall time: it falls in a gap, so take the later instant.
  return new Date(Math.max(first, second));
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reads a front-matter date written as text (see src/lib/content/frontmatter.ts). A
 * value with a UTC offset or "Z" is an exact instant; a value without one is
 * wall time in the site's zone, and a bare date means its first minute.
 * Returns undefined when the value is not a date.
 */
export function parseFrontmatterDate(value: unknown, timeZone: string): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (HAS_OFFSET.test(text)) {
    const date = new Date(text.replace(" ", "T"));
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const match = LOCAL_DATE_TIME.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const wall = { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
  if (!isRealWallTime(wall)) return undefined;
  return wallTimeToDate(wall, timeZone);
}

function isRealWallTime(wall: ZonedParts): boolean {
  const check = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second));
  return (
    check.getUTCFullYear() === wall.year &&
    check.getUTCMonth() === wall.month - 1 &&
    check.getUTCDate() === wall.day &&
    check.getUTCHours() === wall.hour &&
    check.getUTCMinutes() === wall.minute
  );
}

/** "2026-11-03T09:30:00-05:00": an ISO string with the zone's offset, for `<time datetime>`. */
export function toZonedIso(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const offsetMinutes = Math.round(offsetAt(date.getTime(), timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** "November 3, 2026" in the site's locale and zone. */
export function formatDate(date: Date, locale: string, timeZone: string): string {
  return formatter(locale, { dateStyle: "long", timeZone }).format(date);
}

/** "November 3, 2026 at 9:30 AM EST": the zone is named so readers elsewhere are not misled. */
export function formatDateTime(date: Date, locale: string, timeZone: string): string {
  return formatter(locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
    timeZone,
  }).format(date);
}

/** "March 4, 2019": a calendar day, as a day archive's title. */
export function formatDay(year: number, month: number, day: number, locale: string): string {
  return formatter(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, day, 12)),
  );
}

/** "November 2026". */
export function formatMonth(year: number, month: number, locale: string): string {
  return formatter(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 15)),
  );
}
