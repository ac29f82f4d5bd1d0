/** Interface text and locale handling: every string a person sees comes from here. */
export { m } from './paraglide/messages.js';
import { getLocale } from './paraglide/runtime.js';
import { isRightToLeft } from '../doc/languages';

export { getLocale, locales, baseLocale } from './paraglide/runtime.js';

/** The writing direction of a locale, for the page's `dir` attribute. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
	return isRightToLeft(locale) ? 'rtl' : 'ltr';
}

/**
 * Picks the message for a count by the plural rules of the locale ("1 peer", "2 peers"; Arabic
 * has more forms, which its messages can add). `other` is required, the rest optional.
 */
export function plural(
	count: number,
	forms: Partial<Record<Intl.LDMLPluralRule, () => string>> & { other: () => string }
): string {
	const category = new Intl.PluralRules(getLocale()).select(count);
	return (forms[category] ?? forms.other)();
}

/** Joins names as the locale does ("Amina, Bea and Chidi"). */
export function formatList(items: readonly string[]): string {
	return new Intl.ListFormat(getLocale(), { style: 'long', type: 'conjunction' }).format(items);
}

/** A date and time in the reader's locale, as "22 Nov 2026, 17:06". */
export function formatDateTime(time: number, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** A calendar date (`YYYY-MM-DD`, no time zone) in the reader's locale, as "31 Mar 2027". */
export function formatCalendarDate(date: string, locale: string = getLocale()): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
		Date.UTC(y, m - 1, d)
	);
}
