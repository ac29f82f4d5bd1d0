import type * as Y from 'yjs';
import {
	closeRound,
	eligibleAnswers,
	listMembers,
	listRounds,
	mayAnswerRound,
	observeRounds,
	roundDueToClose,
	roundPhase
} from '../doc';
import { DueKeeper, type DueRecords } from './due-keeper';
import { systemClock, type Clock } from './ports';

const rounds: DueRecords = {
	observe: (doc, look) => [observeRounds(doc, look)],
	closeDue(doc, now) {
		let next = Infinity;
		const members = listMembers(doc);
		for (const round of listRounds(doc)) {
			const because = roundDueToClose(round, now);
			if (because)
				// Closed at its date, whenever a copy in step records it.
				closeRound(doc, round.id, {
					by: null,
					because,
					now: round.closesAt ?? now,
					counted: eligibleAnswers(round, members),
					asked: members.filter((m) => mayAnswerRound(round, m)).length
				});
			else if (roundPhase(round, now) === 'scheduled') next = Math.min(next, round.opensAt!);
			else if (!round.outcome && round.closesAt !== null) next = Math.min(next, round.closesAt);
		}
		return next;
	},
	failure: 'could not record the close of a feedback round'
};

/**
 * Closes feedback rounds when their closing date has passed, recording the answers they counted,
 * while this copy is in step with the group (`DueKeeper`), so that every copy agrees on them.
 */
export class RoundKeeper extends DueKeeper {
	constructor(doc: Y.Doc, inStep: () => boolean, clock: Clock = systemClock) {
		super(doc, inStep, rounds, clock);
	}
}
