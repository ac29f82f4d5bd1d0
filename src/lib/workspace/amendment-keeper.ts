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
import { AMENDMENT_ORIGIN } from './operations/amendments';

/**
 * Carries out the outcome of decisions on amendments: an adopted one's change goes into the text,
 * any other outcome rejects it. Any copy that can write may do it: applying the same change
 * twice changes nothing, and an acceptance wins over a rejection recorded apart. A copy that
 * lacks the amendment's base waits until it arrives.
 */
export class AmendmentKeeper {
	readonly #doc: Y.Doc;
	readonly #stops: (() => void)[];
	#scheduled = false;
	#destroyed = false;

	constructor(doc: Y.Doc) {
		this.#doc = doc;
		const look = () => this.#schedule();
		this.#stops = [observeDecisions(doc, look), observeAmendments(doc, look)];
		this.#schedule();
	}

	/** Stops watching. */
	destroy(): void {
		this.#destroyed = true;
		for (const stop of this.#stops) stop();
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
		for (const decision of listDecisions(this.#doc)) {
			const { amendmentId, outcome } = decision;
			if (!amendmentId || !outcome || getAmendment(this.#doc, amendmentId)?.outcome !== null)
				continue;
			const ending = { by: outcome.closedBy, now: outcome.closedAt, decisionId: decision.id };
			try {
				if (outcome.result === 'adopted')
					acceptAmendment(this.#doc, amendmentId, ending, AMENDMENT_ORIGIN);
				else endAmendment(this.#doc, amendmentId, 'rejected', ending);
			} catch (error) {
				// A base not yet here is tried again when it comes; a refused change is left as it is.
				if (!(error instanceof AmendmentChangeError)) throw error;
				if (error.problem !== 'base-unknown')
					console.warn('Concord: an adopted amendment could not be applied', error.problem);
			}
		}
	}
}
