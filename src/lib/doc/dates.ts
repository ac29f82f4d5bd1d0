import type { Branded } from './ids';

/**
 * Calendar dates without a time of day or a time zone (`YYYY-MM-DD`), as due and review dates
 * are kept: "due on 3 March" means 3 March wherever the reader is.
 */
export type IsoDate = Branded<'IsoDate'>;

const DAY_MS = 86_400_000;

/** Whether a value is a real calendar date written `YYYY-MM-DD` (not 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const [y, m, d] = value.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Reads a date from a peer, a file or a form: the date, or null for anything else. */
export function asIsoDate(value: unknown): IsoDate | null {
	return isIsoDate(value) ? value : null;
}

/** One formatter per time zone and precision: making one costs far more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined, withTime: boolean): Intl.DateTimeFormat {
	const key = `${timeZone ?? ''}|${withTime}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat('en-CA', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {})
		});
		formatters.set(key, format);
	}
	return format;
}

function partsOf(at: number, timeZone: string | undefined, withTime: boolean) {
	const parts = formatterFor(timeZone, withTime).formatToParts(at);
	return (type: string) => parts.find((p) => p.type === type)?.value ?? '';
}

/** The calendar date of moment `at` where the reader is (`timeZone`, this device's by default). */
export function localIsoDate(at: number, timeZone?: string): IsoDate {
	const part = partsOf(at, timeZone, false);
	return `${part('year')}-${part('month')}-${part('day')}` as IsoDate;
}

/**
 * Moment `at` as the wall clock showed it in `timeZone` (`YYYY-MM-DD HH:mm`), the way a
 * spreadsheet reads a date and time without guessing at a time zone.
 */
export function localIsoDateTime(at: number, timeZone?: string): string {
	const part = partsOf(at, timeZone, true);
	return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

function dayNumber(date: IsoDate): number {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** How many days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return dayNumber(to) - dayNumber(from);
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
	return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10) as IsoDate;
}
