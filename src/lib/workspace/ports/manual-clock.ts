import type { Clock } from './ports';

interface Timer {
	at: number;
	run: () => void;
	seq: number;
}

/**
 * A clock that moves only when told (`advance`), running the timers that fall due in the order
 * they are due: for tests and campaigns whose time must replay exactly.
 */
export class ManualClock implements Clock {
	#now: number;
	#seq = 0;
	readonly #timers = new Set<Timer>();

	constructor(start: number) {
		this.#now = start;
	}

	now(): number {
		return this.#now;
	}

	setTimeout(run: () => void, ms: number): unknown {
		const timer: Timer = { at: this.#now + Math.max(ms, 0), run, seq: this.#seq++ };
		this.#timers.add(timer);
		return timer;
	}

	clearTimeout(timer: unknown): void {
		this.#timers.delete(timer as Timer);
	}

	/** Moves time on by `ms`, running every timer due by then (one a timer sets, too). */
	advance(ms: number): void {
		const until = this.#now + ms;
		for (;;) {
			let next: Timer | null = null;
			for (const timer of this.#timers)
				if (
					timer.at <= until &&
					(!next || timer.at < next.at || (timer.at === next.at && timer.seq < next.seq))
				)
					next = timer;
			if (!next) break;
			this.#timers.delete(next);
			this.#now = Math.max(this.#now, next.at);
			next.run();
		}
		this.#now = until;
	}
}
