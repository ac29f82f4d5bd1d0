import * as Y from 'yjs';
import type { MemberId } from '../ids';
import { cleanLine, isMoment, cleanText } from '../meta';
import { listMembers } from '../members';
import { readRecord, unusable } from '../record';
import { CHECK_IN, COMMITMENT, ROOT } from '../schema';
import { asIsoDate } from '../dates';
import { readOwners } from './owners';
import {
	COMMITMENT_LIMITS,
	type CheckIn,
	type CheckInId,
	type Commitment,
	type CommitmentId,
	type CommitmentStatus,
	type StatusGiven
} from './types';
import {
	asEvidenceLink,
	asOwedTo,
	asProgress,
	asRoundStepLink,
	asSource,
	asStatus
} from './values';

/** The `commitments` root: one `Y.Map` per commitment, keyed by commitment id. */
export function commitmentsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap(ROOT.commitments);
}

function readCheckIn(id: string, entry: unknown): CheckIn | null {
	return readRecord('check-in', id, entry, (checkIn) => {
		const by: unknown = checkIn.get(CHECK_IN.by);
		const at: unknown = checkIn.get(CHECK_IN.at);
		if (typeof by !== 'string') return unusable('it names no member');
		if (!isMoment(at)) return unusable('it has no date');
		const editedAt: unknown = checkIn.get(CHECK_IN.editedAt);
		return {
			id: id as CheckInId,
			by: by as MemberId,
			at,
			status: asStatus(checkIn.get(CHECK_IN.status)),
			narrative: cleanText(checkIn.get(CHECK_IN.narrative), COMMITMENT_LIMITS.narrative) ?? '',
			evidence: asEvidenceLink(checkIn.get(CHECK_IN.evidence)),
			editedAt: isMoment(editedAt) ? editedAt : null
		};
	});
}

/** A commitment's check-ins, oldest first; those made apart on two copies all survive. */
function readCheckIns(value: unknown): CheckIn[] {
	if (!(value instanceof Y.Map)) return [];
	const checkIns: CheckIn[] = [];
	value.forEach((entry, id) => {
		const checkIn = readCheckIn(id, entry);
		if (checkIn) checkIns.push(checkIn);
	});
	return checkIns.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every status given to a commitment (by a member, or in a check-in), oldest first. */
function readStatuses(value: unknown, checkIns: readonly CheckIn[]): StatusGiven[] {
	const given: StatusGiven[] = [];
	if (value instanceof Y.Map)
		value.forEach((raw: unknown, id: string) => {
			if (typeof raw !== 'object' || raw === null) return;
			const { status, at } = raw as Record<string, unknown>;
			const known = asStatus(status);
			if (known && isMoment(at)) given.push({ status: known, at, id });
		});
	for (const checkIn of checkIns)
		if (checkIn.status) given.push({ status: checkIn.status, at: checkIn.at, id: checkIn.id });
	return given.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function readCommitment(
	id: string,
	entry: unknown,
	members: ReadonlySet<string>
): Commitment | null {
	return readRecord('commitment', id, entry, (commitment) => {
		const title = cleanLine(commitment.get(COMMITMENT.title), COMMITMENT_LIMITS.title);
		if (title === null) return unusable('it has no title');
		const createdBy: unknown = commitment.get(COMMITMENT.createdBy);
		const createdAt: unknown = commitment.get(COMMITMENT.createdAt);
		const checkIns = readCheckIns(commitment.get(COMMITMENT.checkIns));
		// Where it stands is the latest word on it, whichever copy gave it (set, or reported in a
		// check-in), so that statuses given apart settle on the same one everywhere.
		const statuses = readStatuses(commitment.get(COMMITMENT.statuses), checkIns);
		const current = statuses.at(-1) ?? { status: 'not-started' as CommitmentStatus, at: 0 };
		return {
			id: id as CommitmentId,
			title,
			description:
				cleanText(commitment.get(COMMITMENT.description), COMMITMENT_LIMITS.description) ?? '',
			owners: readOwners(id, commitment.get(COMMITMENT.owners), members),
			owedTo: asOwedTo(commitment.get(COMMITMENT.owedTo)),
			startOn: asIsoDate(commitment.get(COMMITMENT.startOn)),
			dueOn: asIsoDate(commitment.get(COMMITMENT.dueOn)),
			reviewOn: asIsoDate(commitment.get(COMMITMENT.reviewOn)),
			status: current.status,
			statusAt: current.at,
			statuses,
			progress: asProgress(commitment.get(COMMITMENT.progress)),
			source: asSource(commitment.get(COMMITMENT.source)),
			fromRound: asRoundStepLink(commitment.get(COMMITMENT.fromRound)),
			createdBy: typeof createdBy === 'string' ? (createdBy as MemberId) : null,
			createdAt: isMoment(createdAt) ? createdAt : 0,
			checkIns
		};
	});
}

function memberIds(doc: Y.Doc): Set<string> {
	return new Set(listMembers(doc).map((m) => m.id));
}

/** Every well-formed commitment, oldest first. */
export function listCommitments(doc: Y.Doc): Commitment[] {
	const members = memberIds(doc);
	const commitments: Commitment[] = [];
	commitmentsMap(doc).forEach((entry, id) => {
		const commitment = readCommitment(id, entry, members);
		if (commitment) commitments.push(commitment);
	});
	return commitments.sort(
		(a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/** One commitment by id, or null. */
export function getCommitment(doc: Y.Doc, id: string): Commitment | null {
	return readCommitment(id, commitmentsMap(doc).get(id), memberIds(doc));
}

/** Calls `onChange` when any commitment or check-in changes (and when the roster does). */
export function observeCommitments(doc: Y.Doc, onChange: () => void): () => void {
	const commitments = commitmentsMap(doc);
	const members = doc.getMap(ROOT.members);
	commitments.observeDeep(onChange);
	members.observeDeep(onChange);
	return () => {
		commitments.unobserveDeep(onChange);
		members.unobserveDeep(onChange);
	};
}
