import type { MemberId } from '../ids';
import { isFacilitator, organisationKey, takesPart, type Member } from '../members';
import { addDays, daysBetween, localIsoDate, type IsoDate } from '../dates';
import type { CheckIn, Commitment, CommitmentStatus, Party } from './types';

/** How many days a check-in stays fresh unless the group says otherwise. */
export const DEFAULT_CHECK_IN_DAYS = 30;

/** How many days before its due date a commitment counts as due soon. */
export const DUE_SOON_DAYS = 7;

/** How long after writing it a member may still edit their own check-in. */
export const CHECK_IN_EDIT_MS = 24 * 60 * 60 * 1000;

/** Statuses after which nothing more is due. */
const CLOSED: readonly CommitmentStatus[] = ['done', 'dropped'];

/** Whether a commitment has come to an end (done or dropped). */
export function isClosed(commitment: Commitment): boolean {
	return CLOSED.includes(commitment.status);
}

/** How a commitment stands against its due date on `today`. */
export type DueState =
	| { kind: 'none' }
	| { kind: 'closed' }
	| { kind: 'overdue'; days: number }
	| { kind: 'due-today' }
	| { kind: 'due-soon'; days: number }
	| { kind: 'later'; days: number };

/** How a commitment stands against its due date on `today` (the reader's calendar date). */
export function dueState(commitment: Commitment, today: IsoDate): DueState {
	if (isClosed(commitment)) return { kind: 'closed' };
	if (commitment.dueOn === null) return { kind: 'none' };
	const days = daysBetween(today, commitment.dueOn);
	if (days < 0) return { kind: 'overdue', days: -days };
	if (days === 0) return { kind: 'due-today' };
	return days <= DUE_SOON_DAYS ? { kind: 'due-soon', days } : { kind: 'later', days };
}

/** Whether a commitment is past its due date and still open. */
export function isOverdue(commitment: Commitment, today: IsoDate): boolean {
	return dueState(commitment, today).kind === 'overdue';
}

/** The latest check-in of a commitment, or null. */
export function lastCheckIn(commitment: Commitment): CheckIn | null {
	return commitment.checkIns.at(-1) ?? null;
}

/**
 * Whether a commitment is due a check-in on `today`: open, and no check-in within `interval`
 * days (counted from its start, or from when it was made, until the first one).
 */
export function isCheckInDue(
	commitment: Commitment,
	today: IsoDate,
	interval = DEFAULT_CHECK_IN_DAYS,
	timeZone?: string
): boolean {
	if (isClosed(commitment)) return false;
	const last = lastCheckIn(commitment);
	const since = last
		? localIsoDate(last.at, timeZone)
		: (commitment.startOn ?? localIsoDate(commitment.createdAt, timeZone));
	return daysBetween(addDays(since, interval), today) >= 0;
}

/** Whether `party` names `member`, directly or through their organisation. */
export function partyIncludes(party: Party, member: Member): boolean {
	if (party.kind === 'member') return party.id === member.id;
	return (
		member.organisation !== null &&
		organisationKey(member.organisation) === organisationKey(party.name)
	);
}

/** Whether `member` keeps a commitment, as an owner or through their organisation. */
export function keeps(commitment: Commitment, member: Member): boolean {
	return commitment.owners.some((owner) => partyIncludes(owner, member));
}

/** Whether someone may own commitments: a member or facilitator still part of the group. */
export function mayOwn(member: Member): boolean {
	return takesPart(member);
}

/** Whether `me` may change a commitment: who keeps it, who made it, or a facilitator. */
export function mayEditCommitment(
	members: readonly Member[],
	commitment: Commitment,
	me: MemberId
): boolean {
	const member = members.find((m) => m.id === me);
	if (member && !takesPart(member)) return false;
	return (
		commitment.createdBy === me ||
		isFacilitator(members, me) ||
		(member !== undefined && keeps(commitment, member))
	);
}

/** Whether `me` may add a check-in: anyone who takes part (observers read, who left is done). */
export function mayCheckIn(members: readonly Member[], me: MemberId): boolean {
	const member = members.find((m) => m.id === me);
	return !member || takesPart(member);
}

/**
 * Whether `me` may still edit a check-in: their own, within a day of writing it, while they take
 * part in the group (once someone has left, what they wrote is part of the record as it stands).
 */
export function mayEditCheckIn(
	members: readonly Member[],
	checkIn: CheckIn,
	me: MemberId,
	now: number
): boolean {
	return (
		checkIn.by === me &&
		now - checkIn.at < CHECK_IN_EDIT_MS &&
		now >= checkIn.at &&
		mayCheckIn(members, me)
	);
}
