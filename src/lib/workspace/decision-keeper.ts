import type * as Y from 'yjs';
import { closeDecision, dueToClose, listDecisions, observeDecisions, observeMembers } from '../doc';
import { systemClock, type Clock } from './ports';

/** The longest wait between two looks at closing dates (timers drift while a laptop sleeps). */
const LONGEST_WAIT_MS = 60_000;

/**
 * Records the outcome of decisions as soon as they are due: when their rule is met or their
 * closing date has passed. Any member's copy may record it, but only while `inStep()` says it holds
 * what the group holds (connected and synced with a peer): a copy that has been away would count
 * stale answers. Facilitators can always close a decision by hand. Time and timers come from
 * `clock`.
 */
export class DecisionKeeper {
	readonly #doc: Y.Doc;
	readonly #inStep: () => boolean;
	readonly #clock: Clock;
	readonly #stops: (() => void)[] = [];
	#timer: unknown;
	#scheduled = false;
	#destroyed = false;

	constructor(doc: Y.Doc, inStep: () => boolean, clock: Clock = systemClock) {
		this.#doc = doc;
		this.#clock = clock;
		this.#inStep = inStep;
		const look = () => this.#schedule();
		this.#stops.push(observeDecisions(doc, look), observeMembers(doc, look));
		this.#schedule();
	}

	/** Looks again, for example once this copy has caught up with the group. */
	check(): void {
		this.#schedule();
	}

	/** Stops watching. */
	destroy(): void {
		this.#destroyed = true;
		for (const stop of this.#stops) stop();
		this.#clock.clearTimeout(this.#timer);
	}

	// Looks after the current change has finished, never inside another transaction's observers.
	#schedule() {
		if (this.#scheduled || this.#destroyed) return;
		this.#scheduled = true;
		queueMicrotask(() => {
			this.#scheduled = false;
			this.#closeDue();
		});
	}

	#closeDue() {
		this.#clock.clearTimeout(this.#timer);
		if (this.#destroyed || !this.#inStep()) return;
		// A half-applied update (a rename's deletion here, its new name not yet) would miscount.
		const { pendingStructs, pendingDs } = this.#doc.store;
		if (pendingStructs || pendingDs) return;
		const now = this.#clock.now();
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
			this.#timer = this.#clock.setTimeout(() => this.#schedule(), wait);
		}
	}
}
