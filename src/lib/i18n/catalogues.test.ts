import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The check of every language's catalogue against the base (English): the same messages, none
 * missing or extra, the same placeholders in each, a form for each of the language's plural
 * categories (CLDR, through `Intl.PluralRules`), nothing left in English (but the words its
 * glossary lists under "Same as in English"), and a glossary with the base glossary's terms.
 * Prints each catalogue's coverage.
 */

/** A message that changes with a count: its inputs and locals, and one text per plural category. */
interface Variants {
	declarations: string[];
	selectors: string[];
	match: Record<string, string>;
}
type Message = string | [Variants];

const folder = join(import.meta.dirname, 'messages');
const glossaries = join(import.meta.dirname, 'glossary');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, Message>;
const base = read(join(folder, 'en.json'));
const locales = readdirSync(folder)
	.filter((file) => file.endsWith('.json') && file !== 'en.json')
	.map((file) => file.replace(/\.json$/, ''));

/** Words JavaScript keeps for itself, which a message key cannot be. */
const RESERVED = new Set(
	'await break case catch class const continue debugger default delete do else enum export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield'.split(
		' '
	)
);

/** Messages whose words are the same in every language: names of formats and of the product. */
const SAME_EVERYWHERE = /^(Concord|Markdown|HTML|Word \(DOCX\)|PDF|CSV|[A-Z0-9.+ ]{1,8})$/;

/** Whether a message has nothing to translate: a name, or only placeholders, marks and addresses. */
const nothingToTranslate = (key: string, text: string) =>
	key === '$schema' ||
	SAME_EVERYWHERE.test(text) ||
	!/\p{L}/u.test(text.replace(/\{[a-zA-Z_]+\}|https?:\/\/|Concord/g, ''));

const placeholdersIn = (text: string) => [...text.matchAll(/\{([a-zA-Z_]+)\}/g)].map((m) => m[1]!);
/** What a message takes from its caller: the placeholders of a text, the inputs of variants. */
const placeholders = (message: Message) =>
	typeof message === 'string'
		? [...new Set(placeholdersIn(message))].sort()
		: message[0].declarations.flatMap((d) => d.match(/^input (\w+)$/)?.slice(1) ?? []).sort();
/** Every text a message can show. */
const textsOf = (message: Message) =>
	typeof message === 'string' ? [message] : Object.values(message[0].match);

/**
 * What is wrong with a message's plural forms in a locale: a category of the language without
 * its form, a form the language has no category for, a text using a name nothing declares.
 */
function pluralProblems(locale: string, message: Message): string[] {
	if (typeof message === 'string') return [];
	const { declarations, match } = message[0];
	const declared = new Set(declarations.map((d) => d.match(/^(?:input|local) (\w+)/)?.[1]));
	const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
	const keys = Object.keys(match).map((key) => key.split('=')[1]);
	const needed = categories.filter((c) => c !== 'other').map(String);
	return [
		...needed.filter((c) => !keys.includes(c)).map((c) => `no "${c}" form`),
		...keys.filter((k) => k !== '*' && !needed.includes(k!)).map((k) => `a "${k}" form`),
		...(keys.at(-1) === '*' ? [] : ['no "*" form last']),
		...Object.values(match)
			.flatMap(placeholdersIn)
			.filter((name) => !declared.has(name))
			.map((name) => `{${name}} undeclared`)
	];
}
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
		const plurals = Object.entries(base).flatMap(([key, message]) =>
			pluralProblems('en', message).map((problem) => `${key}: ${problem}`)
		);
		expect(plurals).toEqual([]);
	});

	it('name every message so that its compiled module exports it under that name', () => {
		// The compiler renames a key that is not a plain lower-case identifier ("export",
		// "tool_bulletList"), and a language's module is looked up by the key itself.
		const unsafe = Object.keys(base).filter(
			(key) => key !== '$schema' && (!/^[a-z][a-z0-9_]*$/.test(key) || RESERVED.has(key))
		);
		expect(unsafe).toEqual([]);
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
			const plurals = Object.entries(catalogue).flatMap(([key, message]) =>
				pluralProblems(locale, message).map((problem) => `${key}: ${problem}`)
			);
			const shared = sameAsEnglish(join(glossaries, `${locale}.md`));
			const english = Object.keys(base).filter(
				(key) =>
					JSON.stringify(catalogue[key]) === JSON.stringify(base[key]) &&
					!textsOf(base[key]!).every((text) => nothingToTranslate(key, text)) &&
					!shared.has(key)
			);
			const covered = Object.keys(base).length - missing.length;
			console.log(
				`${locale}: ${covered}/${Object.keys(base).length} messages (${((100 * covered) / Object.keys(base).length).toFixed(1)}%), ` +
					`${extra.length} extra, ${mismatched.length} with other placeholders, ` +
					`${plurals.length} plural problems, ${english.length} left in English`
			);
			expect({ missing, extra, mismatched, plurals, english }).toEqual({
				missing: [],
				extra: [],
				mismatched: [],
				plurals: [],
				english: []
			});
		});

		it(`${locale}: a glossary with a term for every term of the base glossary`, () => {
			expect(termsOf(join(glossaries, `${locale}.md`))).toEqual(termsOf(join(glossaries, 'en.md')));
		});
	}
});
