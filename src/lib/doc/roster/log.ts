import { toHexString } from 'lib0/buffer';
import * as Y from 'yjs';
import type { DeviceKeys } from '../../trust/device-keys';
import {
	readRosterEntry,
	rosterEntryHolds,
	signRosterEntry,
	type RosterAction,
	type RosterEntry
} from '../../trust/roster-entry';
import { warnIgnored } from '../ignored';
import { ROOT } from '../schema';
import { resolveRoster, type Roster } from './resolve';

/** The roster log of a workspace: entry bytes by entry name (hex), only ever added to. */
export function rosterLog(doc: Y.Doc): Y.Map<unknown> {
	return doc.getMap(ROOT.rosterLog);
}

/** Entries whose signature was already checked, by workspace and name: checking is the cost. */
const checked = new Map<string, boolean>();
const MAX_CHECKED = 20_000;

/** A stored value that is not an entry of this workspace's log, and why. */
export interface RefusedEntry {
	name: string;
	reason: string;
}

/** Reads every stored entry whose bytes, name and signature hold; the rest are refused. */
export function readRosterLog(doc: Y.Doc, workspaceId: string) {
	const entries: RosterEntry[] = [];
	const refused: RefusedEntry[] = [];
	rosterLog(doc).forEach((value, name) => {
		const read = value instanceof Uint8Array ? readRosterEntry(value) : null;
		if (!read?.ok) return refused.push({ name, reason: read?.reason ?? 'not bytes' });
		if (toHexString(read.entry.hash) !== name)
			return refused.push({ name, reason: 'stored under another name' });
		const key = `${workspaceId}/${name}`;
		let holds = checked.get(key);
		if (holds === undefined) {
			holds = rosterEntryHolds(read.entry, workspaceId);
			if (checked.size >= MAX_CHECKED) checked.clear();
			checked.set(key, holds);
		}
		if (!holds) return refused.push({ name, reason: 'its signature does not hold' });
		entries.push(read.entry);
	});
	return { entries, refused };
}

/** The roster with everything a log tells: who is in it, and every entry refused and why. */
export interface RosterView extends Roster {
	/** Entries that are not part of the log at all (unreadable, misnamed, badly signed). */
	unreadable: RefusedEntry[];
}

/** The roster this copy's log describes, warning once about every entry that does not count. */
export function rosterOf(doc: Y.Doc, workspaceId: string, root: Uint8Array): RosterView {
	const { entries, refused } = readRosterLog(doc, workspaceId);
	const roster = resolveRoster(root, entries);
	for (const { name, reason } of refused) warnIgnored('roster entry', name, reason);
	for (const [name, outcome] of roster.outcomes)
		if (!outcome.held) warnIgnored('roster entry', name, outcome.reason);
	return { ...roster, unreadable: refused };
}

/** Adds an entry's bytes to the log under its name; returns the name (hex), or null if unreadable. */
export function addRosterEntry(doc: Y.Doc, bytes: Uint8Array): string | null {
	const read = readRosterEntry(bytes);
	if (!read.ok) return null;
	const name = toHexString(read.entry.hash);
	const log = rosterLog(doc);
	if (!log.has(name)) log.set(name, bytes);
	return name;
}

/**
 * Signs `action` with this device's keys after the log's current heads and adds it; returns the
 * new entry's name (hex). Whether it holds is for `rosterOf` to say, as on every other copy.
 */
export async function writeRosterEntry(
	doc: Y.Doc,
	keys: DeviceKeys,
	workspaceId: string,
	root: Uint8Array,
	action: RosterAction
): Promise<string> {
	const { heads } = resolveRoster(root, readRosterLog(doc, workspaceId).entries);
	const bytes = await signRosterEntry(keys, workspaceId, heads.slice(-64), action);
	return addRosterEntry(doc, bytes)!;
}
