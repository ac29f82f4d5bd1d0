import * as Y from 'yjs';
import { warnIgnored } from './ignored';

/** Why a synced entry cannot be read as a record. */
export interface Unusable {
	readonly unusable: string;
}

/** Says why an entry cannot be read as a record (for `readRecord`'s warning). */
export function unusable(why: string): Unusable {
	return { unusable: why };
}

function isUnusable(value: unknown): value is Unusable {
	return typeof value === 'object' && value !== null && 'unusable' in value;
}

/**
 * Reads one synced entry as a record of kind `what` (a member, a decision…): `read` gets the
 * entry and returns the record, degrading what the record can do without to its default, or
 * `unusable(why)`. Never throws: an entry that is not a map or is unusable is left out (null),
 * with one warning; an absent entry (undefined) quietly so.
 */
export function readRecord<T>(
	what: string,
	id: string,
	entry: unknown,
	read: (entry: Y.Map<unknown>) => T | Unusable
): T | null {
	if (entry === undefined) return null;
	if (!(entry instanceof Y.Map)) {
		warnIgnored(what, id, 'not a map');
		return null;
	}
	const record = read(entry);
	if (!isUnusable(record)) return record;
	warnIgnored(what, id, record.unusable, entry);
	return null;
}
