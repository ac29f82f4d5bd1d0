import { describe, expect, it } from 'vitest';
import { ManualClock } from './manual-clock';

describe('ManualClock', () => {
	it('runs timers in the order they fall due, at their time, and only when moved on', () => {
		const clock = new ManualClock(1000);
		const ran: string[] = [];
		clock.setTimeout(() => ran.push(`b@${clock.now()}`), 20);
		clock.setTimeout(() => ran.push(`a@${clock.now()}`), 10);
		const cancelled = clock.setTimeout(() => ran.push('never'), 5);
		clock.clearTimeout(cancelled);
		expect(ran).toEqual([]);
		clock.advance(15);
		expect(ran).toEqual(['a@1010']);
		expect(clock.now()).toBe(1015);
		clock.advance(100);
		expect(ran).toEqual(['a@1010', 'b@1020']);
		expect(clock.now()).toBe(1115);
	});

	it('runs a timer that a timer sets when it falls due within the same move', () => {
		const clock = new ManualClock(0);
		const ran: number[] = [];
		clock.setTimeout(() => {
			ran.push(clock.now());
			clock.setTimeout(() => ran.push(clock.now()), 10);
		}, 10);
		clock.advance(25);
		expect(ran).toEqual([10, 20]);
		clock.advance(100);
		expect(ran).toEqual([10, 20]);
	});
});
