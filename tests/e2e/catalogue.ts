import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hasRightToLeftLetters, isRightToLeft } from '../../src/lib/doc/languages';

/*
 * The interface's words in any of its languages, read from the same catalogues the app compiles,
 * so that a test finds a control by the name a person reading that language sees.
 */

const folder = fileURLToPath(new URL('../../src/lib/i18n/messages/', import.meta.url));
const catalogues = new Map<string, Record<string, unknown>>();

function catalogue(locale: string): Record<string, unknown> {
	let found = catalogues.get(locale);
	if (!found) {
		found = JSON.parse(readFileSync(`${folder}${locale}.json`, 'utf8')) as Record<string, unknown>;
		catalogues.set(locale, found);
	}
	return found;
}

/**
 * A message as the interface shows it in `locale`, its placeholders filled. A text put into a
 * sentence of a right-to-left language, or holding right-to-left letters, is isolated (FSI …
 * PDI), and a number other than a count is written as the language writes it, as the interface
 * does. A placeholder given no value stays as it is, for a caller to match around.
 */
export function say(
	locale: string,
	key: string,
	inputs: Record<string, string | number> = {}
): string {
	const message = catalogue(locale)[key];
	if (typeof message !== 'string') throw new Error(`No simple message ${key} in ${locale}`);
	return message.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = inputs[name];
		if (value === undefined) return `{${name}}`;
		if (typeof value === 'number') {
			return name === 'count' ? String(value) : new Intl.NumberFormat(locale).format(value);
		}
		const isolate = isRightToLeft(locale) || hasRightToLeftLetters(value);
		return isolate && value ? `\u2068${value}\u2069` : value;
	});
}
