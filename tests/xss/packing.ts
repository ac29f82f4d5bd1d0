import { XSS_PAYLOADS } from './payloads';

/**
 * Every payload packed into texts of at most `max` characters, each payload whole, joined by
 * `separator`; with `collapse`, each payload's white space (line breaks too) becomes one space,
 * as a one-line field keeps it.
 */
export function packPayloads(max: number, separator = ' ', collapse = true): string[] {
	const texts: string[] = [];
	for (const { text } of XSS_PAYLOADS) {
		const one = collapse ? text.replace(/\s+/g, ' ').trim() : text;
		const last = texts.at(-1);
		if (last !== undefined && last.length + separator.length + one.length <= max)
			texts[texts.length - 1] = `${last}${separator}${one}`;
		else texts.push(one);
	}
	return texts;
}
