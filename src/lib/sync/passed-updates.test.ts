import { describe, expect, it } from 'vitest';
import { keyOf, MAX_REMEMBERED_BYTES, PassedUpdates } from './passed-updates';

describe('the changes recently passed on', () => {
	it('knows a message again by its bytes, not by the array holding them', () => {
		const passed = new PassedUpdates();
		const message = Uint8Array.of(0, 2, 3, 1, 2, 3);
		passed.add(message);
		message[5] = 9; // the buffer it came in is reused
		expect(passed.has(Uint8Array.of(0, 2, 3, 1, 2, 3))).toBe(true);
		expect(passed.has(message)).toBe(false);
		expect(passed.has(Uint8Array.of(0, 2, 3, 1, 2))).toBe(false);
	});

	it('forgets the oldest first, and keeps no large change', () => {
		const passed = new PassedUpdates(3);
		const messages = [1, 2, 3, 4].map((n) => Uint8Array.of(0, 2, n));
		for (const m of messages) passed.add(m);
		expect(messages.map((m) => passed.has(m))).toEqual([false, true, true, true]);
		expect(passed.size).toBe(3);
		const large = new Uint8Array(MAX_REMEMBERED_BYTES + 1);
		passed.add(large);
		expect(passed.has(large)).toBe(false);
	});

	it('tells apart different messages that share a key', () => {
		// Two eight-byte messages with one key, found by a birthday search.
		const one = Uint8Array.of(109, 50, 0, 0, 208, 217, 23, 6);
		const other = Uint8Array.of(206, 73, 1, 0, 95, 11, 218, 39);
		expect(keyOf(one)).toBe(keyOf(other));
		const passed = new PassedUpdates();
		passed.add(one);
		expect(passed.has(one)).toBe(true);
		expect(passed.has(other)).toBe(false);
	});
});
