import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { CatchUp, requestForMissing } from './catch-up';

describe('asking a peer again for what this copy lacks', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	function setup() {
		const ask = vi.fn();
		const catchUp = new CatchUp(ask, {
			delayMs: 250,
			intervalMs: 3000,
			maxUnanswered: 3,
			now: () => Date.now()
		});
		return { ask, catchUp };
	}

	it('makes many signs of a gap one request, soon after the first', async () => {
		const { ask, catchUp } = setup();
		for (let i = 0; i < 20; i++) catchUp.request();
		await vi.advanceTimersByTimeAsync(249);
		expect(ask).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(ask).toHaveBeenCalledTimes(1);
	});

	it('asks the same peer at most every interval', async () => {
		const { ask, catchUp } = setup();
		catchUp.request();
		await vi.advanceTimersByTimeAsync(250);
		catchUp.answered();
		catchUp.request();
		await vi.advanceTimersByTimeAsync(2000);
		expect(ask).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(1000);
		expect(ask).toHaveBeenCalledTimes(2);
	});

	it('gives up after three requests whose answers were refused, until one comes through', async () => {
		const { ask, catchUp } = setup();
		for (let i = 0; i < 6; i++) {
			catchUp.request();
			await vi.advanceTimersByTimeAsync(3000);
		}
		expect(ask).toHaveBeenCalledTimes(3);
		catchUp.answered();
		catchUp.request();
		await vi.advanceTimersByTimeAsync(3000);
		expect(ask).toHaveBeenCalledTimes(4);
	});

	it('stops a request on its way when the connection closes', async () => {
		const { ask, catchUp } = setup();
		catchUp.request();
		catchUp.stop();
		await vi.advanceTimersByTimeAsync(5000);
		expect(ask).not.toHaveBeenCalled();
	});

	it("asks with a first sync step carrying the copy's state vector", () => {
		const doc = new Y.Doc();
		doc.getText('t').insert(0, 'abc');
		const decoder = decoding.createDecoder(requestForMissing(doc));
		expect(decoding.readVarUint(decoder)).toBe(0);
		expect(decoding.readVarUint(decoder)).toBe(0);
		expect(decoding.readVarUint8Array(decoder)).toEqual(Y.encodeStateVector(doc));
	});
});
