/** Languages written right to left, by their BCP 47 primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ckb', 'yi', 'dv', 'ug']);

/** Scripts written right to left, by their ISO 15924 code. */
const RIGHT_TO_LEFT_SCRIPTS = new Set([
	'Arab',
	'Hebr',
	'Syrc',
	'Thaa',
	'Nkoo',
	'Adlm',
	'Rohg',
	'Mand',
	'Samr'
]);

/**
 * Whether text in a BCP 47 language ("ar", "fa-IR", "ur_PK", "ha-Arab") is written right to
 * left, by its script when the tag or the language implies one: the one place Concord knows it,
 * for the page's direction and for exports.
 */
export function isRightToLeft(language: string): boolean {
	const tag = language.replace(/_/g, '-');
	try {
		const script = new Intl.Locale(tag).maximize().script;
		if (script) return RIGHT_TO_LEFT_SCRIPTS.has(script);
	} catch {
		// not a tag Intl reads: the language subtag alone decides
	}
	return RIGHT_TO_LEFT.has((tag.split('-')[0] ?? '').toLowerCase());
}

/** Letters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko …). */
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** Whether a text holds letters of a script written right to left. */
export function hasRightToLeftLetters(text: string): boolean {
	return RIGHT_TO_LEFT_LETTER.test(text);
}

/** The longest language tag kept (BCP 47 allows long ones; none a person picks is near this). */
const MAX_TAG = 35;

/**
 * A language tag as a document keeps it ("ar", "pt-BR"), or null for anything that is not one:
 * a peer or a file may send any value.
 */
export function cleanLanguageTag(value: unknown): string | null {
	if (typeof value !== 'string' || value.length === 0 || value.length > MAX_TAG) return null;
	const known = cleanTags.get(value);
	if (known !== undefined) return known;
	let clean: string | null;
	try {
		clean = Intl.getCanonicalLocales(value)[0] ?? null;
	} catch {
		clean = null;
	}
	if (cleanTags.size > 256) cleanTags.clear();
	cleanTags.set(value, clean);
	return clean;
}

/** Tags cleaned so far: every reader of a document asks again for the same few. */
const cleanTags = new Map<string, string | null>();
