import type * as Y from 'yjs';
import { waitsForMissingChanges } from './missing-changes';

/** Entries already reported, so that a damaged entry is warned about once, not on every read. */
const reported = new Set<string>();

/**
 * Warns (once per entry) that a synced entry breaking the workspace schema is being ignored: it is
 * valid Yjs from a peer or a file, but not something Concord wrote, so the UI leaves it out. An
 * `entry` whose document still waits for part of an update is left out without a warning: it may
 * be a change that has half arrived (its old value deleted, its new one not yet there).
 */
export function warnIgnored(what: string, id: string, why: string, entry?: Y.Map<unknown>): void {
	if (entry?.doc && waitsForMissingChanges(entry.doc)) return;
	const key = `${what}\u0000${id}\u0000${why}`;
	if (reported.has(key)) return;
	if (reported.size > 1000) reported.clear();
	reported.add(key);
	console.warn(`Concord: ignored ${what} ${JSON.stringify(id.slice(0, 40))}: ${why}`);
}
