/** Interface text and locale handling: every string a person sees comes from here. */
export { m } from './paraglide/messages.js';
export { getLocale, locales, baseLocale } from './paraglide/runtime.js';

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

/** The writing direction of a locale, for the page's `dir` attribute. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
	return RIGHT_TO_LEFT.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** A date and time in the reader's locale, as "22 Nov 2026, 17:06". */
export function formatDateTime(time: number, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
