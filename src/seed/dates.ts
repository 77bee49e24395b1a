/**
 * Seed dates are as precise as their sources: "2024", "2024-07" or "2024-07-09". A date of year
 * or month precision stands for the whole period, from its first day to its last.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export interface SeedDate {
  text: string;
  precision: DatePrecision;
  /** The first day of the period, YYYY-MM-DD. */
  first: string;
  /** The last day of the period, YYYY-MM-DD. */
  last: string;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Dates repeat across a seed (a few thousand distinct days among a million facts) and are read
 * by the validator and again by the plan: each distinct text is parsed once. The cache is
 * bounded so that a hostile seed of unique junk cannot grow it without limit.
 */
const parsed = new Map<string, SeedDate | undefined>();
const MAX_CACHED = 100_000;

/** Reads a seed date; undefined when it is not one, or names a day the calendar lacks. */
export function parseSeedDate(text: string): SeedDate | undefined {
  if (parsed.has(text)) return parsed.get(text);
  const result = parseDate(text);
  if (parsed.size < MAX_CACHED) parsed.set(text, result);
  return result;
}

function parseDate(text: string): SeedDate | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string?, string?];
  if (month === undefined)
    return { text, precision: 'year', first: `${year}-01-01`, last: `${year}-12-31` };
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return undefined;
  const lastDay = String(daysInMonth(Number(year), monthNumber)).padStart(2, '0');
  if (day === undefined) {
    return {
      text,
      precision: 'month',
      first: `${year}-${month}-01`,
      last: `${year}-${month}-${lastDay}`,
    };
  }
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > Number(lastDay)) return undefined;
  return { text, precision: 'day', first: text, last: text };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day `months` months before `day` (YYYY-MM-DD), on the month's last day when it is shorter. */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const toYear = Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  const toDate = Math.min(date, daysInMonth(toYear, toMonth));
  return `${String(toYear).padStart(4, '0')}-${String(toMonth).padStart(2, '0')}-${String(toDate).padStart(2, '0')}`;
}
