import { toHexString } from 'lib0/buffer';
import { readRosterEntry, type RosterRole } from '../../trust/roster-entry';
import { COMMENT_MARK } from '../body/line-format';
import { ROOT } from '../schema';
import type { Touch } from './touches';

/** Whether a change may be made by its signer's role, and if not, why (for the log, in English). */
export type WriteVerdict = { ok: true } | { ok: false; reason: string };

const ALLOWED: WriteVerdict = { ok: true };
const no = (reason: string): WriteVerdict => ({ ok: false, reason });

/**
 * Roster entries name themselves and prove their signer: adding one is open to anyone, as long as
 * what is added is an entry stored under its own name.
 */
function addsRosterEntry(touch: Touch): boolean {
	if (touch.kind !== 'add' || touch.path.length !== 2 || !touch.binary) return false;
	const read = readRosterEntry(touch.binary);
	return read.ok && toHexString(read.entry.hash) === touch.path[1];
}

/** What an observer may write: comment threads, the record of who wrote them, and their marks. */
function observerMay(touch: Touch): boolean {
	const [root] = touch.path;
	if (root === ROOT.comments || root === ROOT.authors) return true;
	return (
		root === ROOT.documents &&
		touch.kind === 'add' &&
		touch.format !== null &&
		touch.format.startsWith(COMMENT_MARK)
	);
}

/**
 * Whether `role` (null: a device not in the group, or removed) may make a change that touches
 * what `touches` says. Nobody deletes roster entries; anyone may add one (it counts only if its
 * own signature and the roster's rules hold). A reader writes nothing else; an observer only
 * comments; a member writes the workspace; a facilitator may also write history the collector
 * has removed (a migrated workspace's signed base).
 */
export function mayWrite(role: RosterRole | null, touches: readonly Touch[]): WriteVerdict {
	for (const touch of touches) {
		if (touch.path[0] === ROOT.rosterLog) {
			if (!addsRosterEntry(touch))
				return no('roster entries are only ever added, each under its own name');
			continue;
		}
		if (role === null) return no('its signer is not in the group');
		if (role === 'reader') return no('a reader writes nothing');
		if (role === 'observer' && !observerMay(touch)) return no('an observer only comments');
		if (touch.path[0] === '*' && role !== 'facilitator')
			return no('only a facilitator writes removed history');
	}
	return ALLOWED;
}
