import type * as Y from 'yjs';
import { systemClock, type Clock } from './ports';
import { waitsForMissingChanges } from '../doc';

/** The longest wait between two looks at closing dates (timers drift while a laptop sleeps). */
const LONGEST_WAIT_MS = 60_000;

/** What a keeper watches and records: its records' changes, and those due at a moment. */
export interface DueRecords {
	/** Watches what may make a record due; returns the functions that stop watching. */
	observe(doc: Y.Doc, look: () => void): (() => void)[];
	/** Records what is due at `now`; returns when the next one falls due (Infinity for none). */
	closeDue(doc: Y.Doc, now: number): number;
	/** What the log says when recording fails. */
	failure: string;
}

/**
 * Records what falls due (a decision's outcome, a feedback round's close) as soon as it does.
 * Any member's copy may record it, but only while `inStep()` says it holds what the group holds
 * (connected and synced with a peer): a copy that has been away would count stale answers.
 * Time and timers come from `clock`.
 */
export class DueKeeper {
	readonly #doc: Y.Doc;
	readonly #inStep: () => boolean;
	readonly #clock: Clock;
	readonly #records: DueRecords;
	readonly #stops: (() => void)[] = [];
	#timer: unknown;
	#scheduled = false;
	#destroyed = false;

	constructor(doc: Y.Doc, inStep: () => boolean, records: DueRecords, clock: Clock = systemClock) {
		this.#doc = doc;
		this.#clock = clock;
		this.#inStep = inStep;
		this.#records = records;
		this.#stops.push(...records.observe(doc, () => this.#schedule()));
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
		if (waitsForMissingChanges(this.#doc)) return;
		const now = this.#clock.now();
		let next = Infinity;
		try {
			next = this.#records.closeDue(this.#doc, now);
		} catch (error) {
			console.warn(`Concord: ${this.#records.failure}`, error);
		}
		if (next < Infinity) {
			const wait = Math.min(Math.max(next - now, 0) + 50, LONGEST_WAIT_MS);
			this.#timer = this.#clock.setTimeout(() => this.#schedule(), wait);
		}
	}
}
