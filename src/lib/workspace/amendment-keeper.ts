import type * as Y from 'yjs';
import {
	AmendmentChangeError,
	acceptAmendment,
	endAmendment,
	getAmendment,
	listDecisions,
	observeAmendments,
	observeDecisions
} from '../doc';
import { AMENDMENT_ORIGIN } from './origins';

/**
 * Carries out the outcome of decisions on amendments: an adopted one's change goes into the text,
 * any other outcome rejects it. Any copy that can write may do it: applying the same change
 * twice changes nothing, and an acceptance wins over a rejection recorded apart. A copy that
 * lacks the amendment's base waits until it arrives.
 */
export class AmendmentKeeper {
	readonly #doc: Y.Doc;
	readonly #stops: (() => void)[];
	/** Adopted amendments whose change this copy refused: said once, not tried again. */
	readonly #refused = new Set<string>();
	/** Whether an adopted amendment waits for its base: any arriving change may bring it. */
	#waiting = false;
	#scheduled = false;
	#destroyed = false;
	readonly #look = () => this.#schedule();

	constructor(doc: Y.Doc) {
		this.#doc = doc;
		this.#stops = [observeDecisions(doc, this.#look), observeAmendments(doc, this.#look)];
		this.#schedule();
	}

	/** Stops watching. */
	destroy(): void {
		this.#destroyed = true;
		for (const stop of this.#stops) stop();
		this.#wait(false);
	}

	#wait(waiting: boolean) {
		if (waiting === this.#waiting) return;
		this.#waiting = waiting;
		if (waiting) this.#doc.on('update', this.#look);
		else this.#doc.off('update', this.#look);
	}

	// Acts after the current change has finished, never inside another transaction's observers.
	#schedule() {
		if (this.#scheduled || this.#destroyed) return;
		this.#scheduled = true;
		queueMicrotask(() => {
			this.#scheduled = false;
			if (!this.#destroyed) this.#carryOut();
		});
	}

	#carryOut() {
		let waiting = false;
		for (const decision of listDecisions(this.#doc)) {
			const { amendmentId, outcome } = decision;
			if (!amendmentId || !outcome || this.#refused.has(amendmentId)) continue;
			if (getAmendment(this.#doc, amendmentId)?.outcome !== null) continue;
			const ending = { by: outcome.closedBy, now: outcome.closedAt, decisionId: decision.id };
			try {
				if (outcome.result === 'adopted')
					acceptAmendment(this.#doc, amendmentId, ending, AMENDMENT_ORIGIN);
				else endAmendment(this.#doc, amendmentId, 'rejected', ending);
			} catch (error) {
				if (!(error instanceof AmendmentChangeError)) throw error;
				if (error.problem === 'base-unknown') waiting = true;
				else {
					this.#refused.add(amendmentId);
					console.warn('Concord: an adopted amendment could not be applied', error.problem);
				}
			}
		}
		this.#wait(waiting);
	}
}
