import { describe, expect, it } from 'vitest';
import { PIECE_MESSAGE, Reassembler, splitMessage } from './chunks';

const bytes = (length: number, seed = 1) =>
	Uint8Array.from({ length }, (_, i) => (i * 31 + seed) % 251);

describe('messages in pieces', () => {
	it('go whole when they fit, and come back identical from pieces when they do not', () => {
		for (const length of [1, 64, 65, 128, 129, 1000]) {
			const message = bytes(length);
			const pieces = splitMessage(message, 64);
			expect(pieces.every((p) => p.length <= 66)).toBe(true);
			const reassembler = new Reassembler(10_000);
			const results = pieces.map((piece) => reassembler.take(piece));
			expect(results.slice(0, -1).every((r) => r.kind === 'pending')).toBe(true);
			expect(results.at(-1)).toEqual({ kind: 'message', data: message });
		}
	});

	it('keep messages apart when several large ones follow each other', () => {
		const reassembler = new Reassembler(10_000);
		const first = bytes(300, 1);
		const second = bytes(200, 2);
		const out = [...splitMessage(first, 64), bytes(10, 3), ...splitMessage(second, 64)]
			.map((piece) => reassembler.take(piece))
			.filter((r) => r.kind === 'message');
		expect(out).toEqual([
			{ kind: 'message', data: first },
			{ kind: 'message', data: bytes(10, 3) },
			{ kind: 'message', data: second }
		]);
	});

	it('refuse a message slipped between pieces, malformed pieces, and oversized messages', () => {
		const reassembler = new Reassembler(150);
		const pieces = splitMessage(bytes(300), 64);
		expect(reassembler.take(pieces[0]!)).toEqual({ kind: 'pending' });
		expect(reassembler.take(bytes(5))).toMatchObject({ kind: 'refused' });
		expect(reassembler.take(Uint8Array.of(PIECE_MESSAGE, 7, 1))).toMatchObject({
			kind: 'refused'
		});
		expect(reassembler.take(Uint8Array.of(PIECE_MESSAGE))).toMatchObject({ kind: 'refused' });
		const results = pieces.map((piece) => reassembler.take(piece));
		expect(results.map((r) => r.kind)).toEqual([
			'pending',
			'pending',
			'refused',
			'pending',
			'pending'
		]);
		// After a refusal it starts afresh.
		expect(reassembler.take(bytes(20))).toEqual({ kind: 'message', data: bytes(20) });
	});
});
