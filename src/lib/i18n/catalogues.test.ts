import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The check of every language's catalogue against the base (English): the same messages, none
 * missing or extra, the same placeholders in each, nothing left in English (but the words its
 * glossary lists under "Same as in English"), and a glossary with the base glossary's terms.
 * Prints each catalogue's coverage.
 */

const folder = join(import.meta.dirname, 'messages');
const glossaries = join(import.meta.dirname, 'glossary');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
const base = read(join(folder, 'en.json'));
const locales = readdirSync(folder)
	.filter((file) => file.endsWith('.json') && file !== 'en.json')
	.map((file) => file.replace(/\.json$/, ''));

/** Messages whose words are the same in every language: names of formats and of the product. */
const SAME_EVERYWHERE = /^(Concord|Markdown|HTML|Word \(DOCX\)|PDF|CSV|[A-Z0-9.+ ]{1,8})$/;

/** Whether a message has nothing to translate: a name, or only placeholders, marks and addresses. */
const nothingToTranslate = (key: string, text: string) =>
	key === '$schema' ||
	SAME_EVERYWHERE.test(text) ||
	!/\p{L}/u.test(text.replace(/\{[a-zA-Z_]+\}|https?:\/\/|Concord/g, ''));

const placeholders = (text: string) =>
	[...text.matchAll(/\{([a-zA-Z_]+)\}/g)].map((m) => m[1]).sort();
/** The messages a glossary says read the same as in English (words both languages share). */
const sameAsEnglish = (file: string) => {
	const text = readFileSync(file, 'utf8');
	const section = text.split(/^## /m).find((part) => part.startsWith('Same as in English'));
	return new Set([...(section ?? '').matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]));
};
const termsOf = (file: string) =>
	readFileSync(file, 'utf8')
		.split('\n')
		.filter(
			(line) => line.startsWith('| ') && !line.startsWith('| Term') && !line.startsWith('| ---')
		)
		.map((line) => line.split('|')[1]!.trim());

describe('the message catalogues', () => {
	it('have a base catalogue and glossary', () => {
		expect(Object.keys(base).length).toBeGreaterThan(0);
		expect(termsOf(join(glossaries, 'en.md')).length).toBeGreaterThan(0);
	});

	for (const locale of locales) {
		it(`${locale}: every message of the base, translated, with the same placeholders`, () => {
			const catalogue = read(join(folder, `${locale}.json`));
			const missing = Object.keys(base).filter((key) => !(key in catalogue));
			const extra = Object.keys(catalogue).filter((key) => !(key in base));
			const mismatched = Object.keys(base).filter(
				(key) =>
					key in catalogue &&
					placeholders(catalogue[key]!).join() !== placeholders(base[key]!).join()
			);
			const shared = sameAsEnglish(join(glossaries, `${locale}.md`));
			const english = Object.keys(base).filter(
				(key) =>
					catalogue[key] === base[key] && !nothingToTranslate(key, base[key]!) && !shared.has(key)
			);
			const covered = Object.keys(base).length - missing.length;
			console.log(
				`${locale}: ${covered}/${Object.keys(base).length} messages (${((100 * covered) / Object.keys(base).length).toFixed(1)}%), ` +
					`${extra.length} extra, ${mismatched.length} with other placeholders, ${english.length} left in English`
			);
			expect({ missing, extra, mismatched, english }).toEqual({
				missing: [],
				extra: [],
				mismatched: [],
				english: []
			});
		});

		it(`${locale}: a glossary with a term for every term of the base glossary`, () => {
			expect(termsOf(join(glossaries, `${locale}.md`))).toEqual(termsOf(join(glossaries, 'en.md')));
		});
	}
});
