/** Languages written right to left, by their BCP 47 primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ckb', 'yi', 'dv', 'ug']);

/**
 * Whether text in a BCP 47 language ("ar", "fa-IR", "ur_PK") is written right to left: the one
 * place Concord knows it, for the page's direction and for exports.
 */
export function isRightToLeft(language: string): boolean {
	return RIGHT_TO_LEFT.has((language.split(/[-_]/)[0] ?? '').toLowerCase());
}
