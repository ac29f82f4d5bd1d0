import type * as Y from 'yjs';
import { closeDecision, dueToClose, listDecisions, observeDecisions, observeMembers } from '../doc';

/** The longest wait between two looks at closing dates (timers drift while a laptop sleeps). */
const LONGEST_WAIT_MS = 60_000;

/**
 * Records the outcome of decisions as soon as they are due: when their rule is met or their
 * closing date has passed. Any member's copy may record it; copies that record at once agree,
 * since the outcome follows from the same answers.
 */
export class DecisionKeeper {
	readonly #doc: Y.Doc;
	readonly #stops: (() => void)[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	#scheduled = false;

	constructor(doc: Y.Doc) {
		this.#doc = doc;
		const look = () => this.#schedule();
		this.#stops.push(observeDecisions(doc, look), observeMembers(doc, look));
		this.#schedule();
	}

	/** Stops watching. */
	destroy(): void {
		for (const stop of this.#stops) stop();
		clearTimeout(this.#timer);
	}

	// Looks after the current change has finished, never inside another transaction's observers.
	#schedule() {
		if (this.#scheduled) return;
		this.#scheduled = true;
		queueMicrotask(() => {
			this.#scheduled = false;
			this.#closeDue();
		});
	}

	#closeDue() {
		clearTimeout(this.#timer);
		const now = Date.now();
		let next = Infinity;
		try {
			for (const decision of listDecisions(this.#doc)) {
				if (decision.outcome) continue;
				const because = dueToClose(this.#doc, decision, now);
				if (because) closeDecision(this.#doc, decision.id, { by: null, because, now });
				else next = Math.min(next, decision.closesAt);
			}
		} catch (error) {
			console.warn('Concord: could not record the outcome of a decision', error);
		}
		if (next < Infinity) {
			const wait = Math.min(Math.max(next - now, 0) + 50, LONGEST_WAIT_MS);
			this.#timer = setTimeout(() => this.#schedule(), wait);
		}
	}
}
