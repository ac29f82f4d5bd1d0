/** Interface text and locale handling: every string a person sees comes from here. */
import { hasRightToLeftLetters, isRightToLeft } from '../doc/languages';
import { active, type Catalogue } from './active-language.svelte';
import { locales, type Locale } from './paraglide/runtime.js';

export { chooseLanguage, startLanguage } from './active-language.svelte';
export { baseLocale, locales, type Locale } from './paraglide/runtime.js';

type Message<F> = F extends (inputs: infer I) => string
	? object extends I
		? (inputs?: I) => string
		: (inputs: I) => string
	: never;

/** Every interface message, in the active language: `m.home_title()`, `m.due_soon({ count })`. */
export type Messages = { readonly [K in keyof Catalogue]: Message<Catalogue[K]> };

/**
 * Readies what is put into a message. A number is written as the language writes it ("1 234"),
 * except `count`, which the plural forms read as a number and format themselves. With `isolate`,
 * a text whose direction may differ from the sentence's (an English name in an Arabic sentence,
 * an Arabic title in an English one) is wrapped in Unicode isolates (FSI … PDI), so it keeps its
 * own order and leaves the punctuation around it in place.
 */
function prepared(inputs: object, isolate: boolean): object {
	const rightToLeft = isRightToLeft(active.locale);
	let result: Record<string, unknown> | null = null;
	const set = (key: string, value: string) => ((result ??= { ...inputs })[key] = value);
	for (const [key, value] of Object.entries(inputs)) {
		if (typeof value === 'number' && key !== 'count') set(key, formatNumber(value));
		else if (isolate && typeof value === 'string' && value !== '' && !value.startsWith(FSI)) {
			if (rightToLeft || hasRightToLeftLetters(value)) set(key, `${FSI}${value}${PDI}`);
		}
	}
	return result ?? inputs;
}

const FSI = '\u2068';
const PDI = '\u2069';

/** A proxy of every message of the active catalogue; each call reads it, so it re-renders. */
function messages(isolate: boolean): Messages {
	const bound = new Map<string, (inputs?: object) => string>();
	return new Proxy({} as Messages, {
		get(_, key) {
			// Not a promise, whatever `await` asks of it.
			if (typeof key !== 'string' || key === 'then') return undefined;
			let message = bound.get(key);
			if (!message) {
				message = (inputs = {}) => {
					const catalogue = active.catalogue as Record<string, (i: object) => string> | null;
					const compiled = catalogue?.[key];
					if (!compiled) return key; // never a blank screen for a missing message
					return compiled(prepared(inputs, isolate));
				};
				bound.set(key, message);
			}
			return message;
		}
	});
}

/**
 * The messages of the active language, as the page shows them. Each call reads the active
 * catalogue, so a component showing `m.key()` re-renders when the reader switches language.
 */
export const m = messages(true);

/**
 * The same messages without direction isolates: for words that leave the page, such as an
 * export's header, a report's file or a text stored in the workspace.
 */
export const plain = messages(false);

/** The interface language now shown (reactive). */
export function getLocale(): Locale {
	return active.locale;
}

/** The writing direction of a locale, for the page's `dir` attribute. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
	return isRightToLeft(locale) ? 'rtl' : 'ltr';
}

/** A language's name written in that language, as a language menu lists it ("Français"). */
export function nativeName(tag: string): string {
	try {
		const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
		return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
	} catch {
		return tag;
	}
}

/** The languages the interface is offered in, each with its own name, in the menu's order. */
export function interfaceLanguages(): { locale: Locale; name: string }[] {
	return locales.map((locale) => ({ locale, name: nativeName(locale) }));
}

/** A number as the active language writes it ("1 234" in French). */
export function formatNumber(value: number): string {
	return new Intl.NumberFormat(getLocale()).format(value);
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
