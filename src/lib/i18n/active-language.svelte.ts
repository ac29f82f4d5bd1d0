import {
	baseLocale,
	extractLocaleFromNavigator,
	localStorageKey,
	overwriteGetLocale,
	overwriteSetLocale,
	toLocale,
	type Locale
} from './paraglide/runtime.js';
import { isRightToLeft } from '../doc/languages';

/** One language's compiled messages, as its module exports them. */
export type Catalogue = typeof import('./paraglide/messages/en.js');

// Each language is its own chunk: a page fetches only the one its reader uses.
const modules = import.meta.glob<Catalogue>([
	'./paraglide/messages/*.js',
	'!./paraglide/messages/_index.js'
]);

/** The interface language now shown, and its messages; reading either re-renders on a switch. */
class ActiveLanguage {
	locale = $state<Locale>(baseLocale);
	catalogue = $state.raw<Catalogue | null>(null);
}

/** The one active language of this page. */
export const active = new ActiveLanguage();

// Paraglide's own `getLocale` (used by its formatting helpers) reads the same reactive choice.
overwriteGetLocale(() => active.locale);
overwriteSetLocale((locale) => void chooseLanguage(locale).catch(() => {}));

function stored(): Locale | undefined {
	try {
		return toLocale(localStorage.getItem(localStorageKey) ?? '');
	} catch {
		return undefined; // storage is off in this browser: the preference alone decides
	}
}

let latest = 0;

/**
 * Loads a language's messages and shows the interface in it, setting `lang` and `dir`. Of two
 * switches in flight, the later one wins, whichever language arrives first.
 */
async function show(locale: Locale): Promise<boolean> {
	const load = modules[`./paraglide/messages/${locale}.js`];
	if (!load) throw new Error(`No messages for ${locale}`);
	const request = ++latest;
	const catalogue = await load();
	if (request !== latest) return false;
	active.catalogue = catalogue;
	active.locale = locale;
	if (typeof document !== 'undefined') {
		document.documentElement.lang = locale;
		document.documentElement.dir = isRightToLeft(locale) ? 'rtl' : 'ltr';
	}
	return true;
}

/**
 * Shows the interface in the language this device chose before, else the browser's preferred
 * one, else English. Awaited before the first screen renders.
 */
export async function startLanguage(): Promise<void> {
	if (active.catalogue) return;
	const navigatorChoice =
		typeof navigator === 'undefined' ? undefined : extractLocaleFromNavigator();
	await show(stored() ?? navigatorChoice ?? baseLocale);
}

/**
 * Switches the interface to a language and remembers it on this device. Nothing reloads: every
 * message re-renders in place, so open documents and peer connections stay as they are.
 */
export async function chooseLanguage(locale: Locale): Promise<void> {
	if (!(await show(locale))) return;
	try {
		localStorage.setItem(localStorageKey, locale);
	} catch {
		// not remembered when storage is off; the switch itself still holds for this page
	}
}
