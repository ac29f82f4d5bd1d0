import type * as Y from 'yjs';
import { isFacilitator, listMembers, type Member } from '../members';
import type { MemberId } from '../ids';
import type { Round, RoundAnswer, RoundClosedBecause } from './types';

/** Whether a member may answer a round: members and facilitators, observers if it allows them. */
export function mayAnswerRound(round: Round, member: Member | undefined): boolean {
	if (!member || member.leftAt !== null) return false;
	return member.role !== 'observer' || round.observersMayAnswer;
}

/** Whether someone may write, open, close and respond to rounds: a facilitator. */
export function mayRunRounds(members: readonly Member[], id: MemberId): boolean {
	return isFacilitator(members, id);
}

/**
 * The answers a round counts now: for a named round, those of members who may answer it (an
 * answer under another key, from a peer, counts for no one); for an unnamed one, every answer.
 */
export function eligibleAnswers(round: Round, members: readonly Member[]): RoundAnswer[] {
	if (!round.named) return round.answers;
	const byId = new Map(members.map((m) => [m.id, m]));
	return round.answers.filter((a) => a.by !== null && mayAnswerRound(round, byId.get(a.by)));
}

/** Why a round is due to close at `now` (its closing date has passed), or null. */
export function roundDueToClose(round: Round, now: number): RoundClosedBecause | null {
	if (round.outcome || round.opensAt === null || round.closesAt === null) return null;
	return now >= round.closesAt ? 'closing-date' : null;
}

/** The members a round asks (who may answer it now). */
export function askedMembers(doc: Y.Doc, round: Round): Member[] {
	return listMembers(doc).filter((m) => mayAnswerRound(round, m));
}
