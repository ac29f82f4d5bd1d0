import type * as Y from 'yjs';
import { closeDecision, dueToClose, listDecisions, observeDecisions, observeMembers } from '../doc';
import { DueKeeper, type DueRecords } from './due-keeper';
import { systemClock, type Clock } from './ports';

const decisions: DueRecords = {
	observe: (doc, look) => [observeDecisions(doc, look), observeMembers(doc, look)],
	closeDue(doc, now) {
		let next = Infinity;
		for (const decision of listDecisions(doc)) {
			if (decision.outcome) continue;
			const because = dueToClose(doc, decision, now);
			if (because) closeDecision(doc, decision.id, { by: null, because, now });
			else next = Math.min(next, decision.closesAt);
		}
		return next;
	},
	failure: 'could not record the outcome of a decision'
};

/**
 * Records the outcome of decisions as soon as they are due: when their rule is met or their
 * closing date has passed, while this copy is in step with the group (`DueKeeper`). Facilitators
 * can always close a decision by hand.
 */
export class DecisionKeeper extends DueKeeper {
	constructor(doc: Y.Doc, inStep: () => boolean, clock: Clock = systemClock) {
		super(doc, inStep, decisions, clock);
	}
}
