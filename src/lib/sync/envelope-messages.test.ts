import { describe, expect, it } from 'vitest';
import {
	envelopesMessages,
	isEnvelopeMessage,
	lanesMessage,
	MAX_ENVELOPES_PER_MESSAGE,
	readEnvelopeMessage
} from './envelope-messages';

const signer = 'ab'.repeat(32);

describe('the messages signed changes travel in', () => {
	it('carry envelopes byte for byte, in batches the channel can take', () => {
		const envelopes = Array.from({ length: MAX_ENVELOPES_PER_MESSAGE + 3 }, (_, i) =>
			Uint8Array.of(1, i % 256, 7)
		);
		const messages = envelopesMessages(envelopes);
		expect(messages).toHaveLength(2);
		const back = messages.flatMap((m) => {
			const read = readEnvelopeMessage(m);
			return read.ok && read.message.kind === 'envelopes' ? read.message.envelopes : [];
		});
		expect(back).toEqual(envelopes);
		expect(messages.every(isEnvelopeMessage)).toBe(true);
		expect(isEnvelopeMessage(Uint8Array.of(0, 0))).toBe(false);
	});

	it('carry a lane vector', () => {
		const vector = new Map([
			[`${signer}:7`, 12],
			[`${'cd'.repeat(32)}:4294967295`, 1]
		]);
		expect(readEnvelopeMessage(lanesMessage(vector))).toEqual({
			ok: true,
			message: { kind: 'lanes', vector }
		});
	});

	it('refuse what is not exactly one of them, never throwing', () => {
		const good = lanesMessage(new Map([[`${signer}:7`, 12]]));
		const cases: [Uint8Array, string][] = [
			[Uint8Array.of(0, 1), 'not a message of signed changes'],
			[Uint8Array.of(...good, 0), 'bytes after the lanes'],
			[Uint8Array.of(121, 1, 1, 2), 'cut short'],
			[Uint8Array.of(120, 0xff, 0x7f), 'too many envelopes'],
			[Uint8Array.of(120, 1, 5, 1), 'cut short']
		];
		for (const [bytes, reason] of cases)
			expect(readEnvelopeMessage(bytes)).toEqual({ ok: false, reason });
		for (let n = 0; n < good.length; n++)
			expect(readEnvelopeMessage(good.subarray(0, n)).ok).toBe(false);
	});
});
