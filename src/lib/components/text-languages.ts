import { getLocale, nativeName } from '$lib/i18n';

/**
 * The languages offered for a document's text: the interface's six and others the groups Concord
 * serves write in. A document keeps any valid tag; one not listed here is offered as it is.
 */
const TEXT_LANGUAGES = [
	'en',
	'fr',
	'es',
	'pt',
	'ar',
	'sw',
	'am',
	'bn',
	'de',
	'fa',
	'ha',
	'he',
	'hi',
	'id',
	'ig',
	'it',
	'ja',
	'km',
	'ko',
	'ln',
	'my',
	'ne',
	'nl',
	'om',
	'ps',
	'ru',
	'rw',
	'so',
	'ta',
	'th',
	'ti',
	'tl',
	'tr',
	'uk',
	'ur',
	'vi',
	'wo',
	'yo',
	'zh',
	'zu'
];

/**
 * The choices of a text's language, named in the reader's language and in their own ("Arabic —
 * العربية"), in the reader's alphabetical order, with `current` among them.
 */
export function textLanguageChoices(current: string): { tag: string; name: string }[] {
	const reader = getLocale();
	const names = new Intl.DisplayNames([reader], { type: 'language', fallback: 'code' });
	const tags = TEXT_LANGUAGES.includes(current) ? TEXT_LANGUAGES : [current, ...TEXT_LANGUAGES];
	const choices = tags.map((tag) => {
		const inReader = names.of(tag) ?? tag;
		const own = nativeName(tag);
		return {
			tag,
			name:
				own.toLocaleLowerCase() === inReader.toLocaleLowerCase() ? inReader : `${inReader} — ${own}`
		};
	});
	const collator = new Intl.Collator(reader);
	return choices.sort((a, b) => collator.compare(a.name, b.name));
}
