import * as Y from 'yjs';
import { randomId, type MemberId } from '../ids';
import { cleanLine, cleanText } from '../meta';
import { CHECK_IN, COMMITMENT } from '../schema';
import { asIsoDate, type IsoDate } from '../dates';
import { partyKey, writeOwners } from './owners';
import { commitmentsMap } from './read';
import {
	COMMITMENT_LIMITS,
	type CheckInId,
	type CommitmentId,
	type CommitmentInit,
	type CommitmentStatus,
	type OwedTo,
	type Party
} from './types';
import { asEvidenceLink, asOwedTo, asParty, asProgress, asStatus } from './values';

/** What can change on a commitment after it is made (its source and check-ins aside). */
export type CommitmentChange = Partial<{
	title: string;
	description: string;
	owners: Party[];
	owedTo: OwedTo;
	startOn: IsoDate | null;
	dueOn: IsoDate | null;
	reviewOn: IsoDate | null;
	progress: number | null;
}>;

/** A commitment's form was refused: which field, and why. */
export class CommitmentInputError extends Error {
	constructor(
		readonly field: 'title' | 'owners' | 'status',
		message: string
	) {
		super(message);
		this.name = 'CommitmentInputError';
	}
}

function cleanOwners(owners: readonly Party[]): Party[] {
	const keys = new Set<string>();
	const clean = owners
		.flatMap((o) => asParty(o) ?? [])
		.filter((party) => !keys.has(partyKey(party)) && keys.add(partyKey(party)))
		.slice(0, COMMITMENT_LIMITS.owners);
	if (clean.length === 0) throw new CommitmentInputError('owners', 'A commitment needs an owner.');
	return clean;
}

function setOrClear(entry: Y.Map<unknown>, key: string, value: unknown): void {
	if (value === null || value === undefined || value === '') {
		if (entry.has(key)) entry.delete(key);
	} else if (JSON.stringify(entry.get(key)) !== JSON.stringify(value)) {
		entry.set(key, value);
	}
}

/** Refuses a form Concord cannot keep (no title, no owner) before anything is written. */
function check(change: CommitmentChange): void {
	if (change.title !== undefined && cleanLine(change.title, COMMITMENT_LIMITS.title) === null)
		throw new CommitmentInputError('title', 'A commitment needs a title.');
	if (change.owners !== undefined) cleanOwners(change.owners);
}

/** Writes the fields of `change` that differ, each its own key so that edits made apart merge. */
function writeFields(entry: Y.Map<unknown>, change: CommitmentChange): void {
	if (change.title !== undefined) {
		setOrClear(entry, COMMITMENT.title, cleanLine(change.title, COMMITMENT_LIMITS.title));
	}
	if (change.description !== undefined)
		setOrClear(
			entry,
			COMMITMENT.description,
			cleanText(change.description, COMMITMENT_LIMITS.description)
		);
	if (change.owners !== undefined) writeOwners(entry, cleanOwners(change.owners));
	if (change.owedTo !== undefined) setOrClear(entry, COMMITMENT.owedTo, asOwedTo(change.owedTo));
	for (const key of ['startOn', 'dueOn', 'reviewOn'] as const)
		if (change[key] !== undefined) setOrClear(entry, COMMITMENT[key], asIsoDate(change[key]));
	if (change.progress !== undefined)
		setOrClear(entry, COMMITMENT.progress, asProgress(change.progress));
}

/** Makes a commitment and returns its id; throws `CommitmentInputError` for a refused form. */
export function createCommitment(
	doc: Y.Doc,
	init: CommitmentInit & { by: MemberId; now: number }
): CommitmentId {
	const id = randomId() as CommitmentId;
	const status = asStatus(init.status ?? 'not-started');
	if (status === null) throw new CommitmentInputError('status', 'Unknown status.');
	check(init);
	const entry = new Y.Map<unknown>();
	doc.transact(() => {
		commitmentsMap(doc).set(id, entry);
		writeFields(entry, { ...init, owedTo: init.owedTo ?? { kind: 'group' } });
		const statuses = new Y.Map<unknown>();
		entry.set(COMMITMENT.statuses, statuses);
		statuses.set(randomId(), { status, at: init.now, by: init.by });
		if (init.source) entry.set(COMMITMENT.source, { ...init.source });
		if (init.fromRound) entry.set(COMMITMENT.fromRound, { ...init.fromRound });
		entry.set(COMMITMENT.createdBy, init.by);
		entry.set(COMMITMENT.createdAt, init.now);
		entry.set(COMMITMENT.checkIns, new Y.Map<unknown>());
	});
	return id;
}

function entryOf(doc: Y.Doc, id: CommitmentId): Y.Map<unknown> | null {
	const entry = commitmentsMap(doc).get(id);
	return entry instanceof Y.Map ? entry : null;
}

/** Changes a commitment's fields; false when there is no such commitment. */
export function updateCommitment(doc: Y.Doc, id: CommitmentId, change: CommitmentChange): boolean {
	const entry = entryOf(doc, id);
	if (!entry) return false;
	check(change);
	doc.transact(() => writeFields(entry, change));
	return true;
}

/**
 * Sets where a commitment stands now; false when there is no such commitment. Each status given
 * is kept, so that statuses given apart all survive and a report can tell the status then.
 */
export function setCommitmentStatus(
	doc: Y.Doc,
	id: CommitmentId,
	given: { status: CommitmentStatus; by: MemberId; now: number }
): boolean {
	const entry = entryOf(doc, id);
	const status = asStatus(given.status);
	if (!entry || status === null) return false;
	doc.transact(() => {
		let statuses = entry.get(COMMITMENT.statuses);
		if (!(statuses instanceof Y.Map)) {
			statuses = new Y.Map<unknown>();
			entry.set(COMMITMENT.statuses, statuses);
		}
		(statuses as Y.Map<unknown>).set(randomId(), { status, at: given.now, by: given.by });
	});
	return true;
}

/** Detaches a commitment from its passage (it keeps everything else); false when it is missing. */
export function unlinkCommitmentSource(doc: Y.Doc, id: CommitmentId): boolean {
	const entry = entryOf(doc, id);
	if (!entry) return false;
	if (entry.has(COMMITMENT.source)) entry.delete(COMMITMENT.source);
	return true;
}

/** Removes a commitment and its check-ins; false when there is no such commitment. */
export function deleteCommitment(doc: Y.Doc, id: CommitmentId): boolean {
	if (!entryOf(doc, id)) return false;
	commitmentsMap(doc).delete(id);
	return true;
}

/** What a check-in says. */
export interface CheckInInit {
	status: CommitmentStatus | null;
	narrative: string;
	evidence: string | null;
}

/**
 * Adds a check-in to a commitment and returns its id, or null when the commitment is missing.
 * Each check-in is a key of its own, so check-ins made apart on two copies all survive.
 */
export function addCheckIn(
	doc: Y.Doc,
	id: CommitmentId,
	init: CheckInInit & { by: MemberId; now: number }
): CheckInId | null {
	const entry = entryOf(doc, id);
	if (!entry) return null;
	const checkInId = randomId() as CheckInId;
	doc.transact(() => {
		let checkIns = entry.get(COMMITMENT.checkIns);
		if (!(checkIns instanceof Y.Map)) {
			checkIns = new Y.Map<unknown>();
			entry.set(COMMITMENT.checkIns, checkIns);
		}
		const checkIn = new Y.Map<unknown>();
		(checkIns as Y.Map<unknown>).set(checkInId, checkIn);
		checkIn.set(CHECK_IN.by, init.by);
		checkIn.set(CHECK_IN.at, init.now);
		setOrClear(checkIn, CHECK_IN.status, asStatus(init.status));
		setOrClear(checkIn, CHECK_IN.narrative, cleanText(init.narrative, COMMITMENT_LIMITS.narrative));
		setOrClear(checkIn, CHECK_IN.evidence, asEvidenceLink(init.evidence));
	});
	return checkInId;
}

/** Rewrites what a check-in says; false when it is missing. Who may is the workspace's to say. */
export function editCheckIn(
	doc: Y.Doc,
	id: CommitmentId,
	checkInId: CheckInId,
	change: CheckInInit & { now: number }
): boolean {
	const checkIns = entryOf(doc, id)?.get(COMMITMENT.checkIns);
	const checkIn = checkIns instanceof Y.Map ? checkIns.get(checkInId) : undefined;
	if (!(checkIn instanceof Y.Map)) return false;
	doc.transact(() => {
		setOrClear(checkIn, CHECK_IN.status, asStatus(change.status));
		setOrClear(
			checkIn,
			CHECK_IN.narrative,
			cleanText(change.narrative, COMMITMENT_LIMITS.narrative)
		);
		setOrClear(checkIn, CHECK_IN.evidence, asEvidenceLink(change.evidence));
		checkIn.set(CHECK_IN.editedAt, change.now);
	});
	return true;
}
