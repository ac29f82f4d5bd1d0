/** Languages written right to left, by their BCP 47 primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ckb', 'yi', 'dv', 'ug']);

/**
 * Whether text in a BCP 47 language ("ar", "fa-IR", "ur_PK") is written right to left: the one
 * place Concord knows it, for the page's direction and for exports.
 */
export function isRightToLeft(language: string): boolean {
	return RIGHT_TO_LEFT.has((language.split(/[-_]/)[0] ?? '').toLowerCase());
}

/** The longest language tag kept (BCP 47 allows long ones; none a person picks is near this). */
const MAX_TAG = 35;

/**
 * A language tag as a document keeps it ("ar", "pt-BR"), or null for anything that is not one:
 * a peer or a file may send any value.
 */
export function cleanLanguageTag(value: unknown): string | null {
	if (typeof value !== 'string' || value.length === 0 || value.length > MAX_TAG) return null;
	try {
		return Intl.getCanonicalLocales(value)[0] ?? null;
	} catch {
		return null;
	}
}
