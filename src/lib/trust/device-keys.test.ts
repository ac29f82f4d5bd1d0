import { describe, expect, it } from 'vitest';
import { createDeviceKeys, restoreDeviceKeys, verifySignature } from './device-keys';

const message = new TextEncoder().encode('Amina agrees to version 4 of the charter.');

describe("a device's keys", () => {
	it('keep the secret halves out of reach where WebCrypto has the curves', async () => {
		const keys = await createDeviceKeys();
		expect(keys.stored.kind).toBe('webcrypto');
		if (keys.stored.kind !== 'webcrypto') return;
		expect(keys.stored.signing.privateKey.extractable).toBe(false);
		expect(keys.stored.agreement.privateKey.extractable).toBe(false);
		expect(keys.signingPublic).toHaveLength(32);
		expect(keys.agreementPublic).toHaveLength(32);
	});

	it('sign so that any copy verifies alike, whichever implementation signed', async () => {
		for (const library of [false, true]) {
			const keys = await createDeviceKeys({ library });
			const signature = await keys.sign(message);
			expect(verifySignature(keys.signingPublic, message, signature)).toBe(true);
			const other = Uint8Array.from(message);
			other[0]! ^= 1;
			expect(verifySignature(keys.signingPublic, other, signature)).toBe(false);
		}
	});

	it('agree on one shared secret between a WebCrypto device and a library device', async () => {
		const amina = await createDeviceKeys();
		const bea = restoreDeviceKeys((await createDeviceKeys({ library: true })).stored);
		const forBea = await amina.agree(bea.agreementPublic);
		expect(forBea).toHaveLength(32);
		expect(await bea.agree(amina.agreementPublic)).toEqual(forBea);
		const chidi = await createDeviceKeys();
		expect(await chidi.agree(bea.agreementPublic)).not.toEqual(forBea);
	});

	it('call malformed keys and signatures from a peer invalid, without throwing', async () => {
		const keys = await createDeviceKeys();
		const signature = await keys.sign(message);
		expect(verifySignature(keys.signingPublic.subarray(1), message, signature)).toBe(false);
		expect(verifySignature(keys.signingPublic, message, signature.subarray(1))).toBe(false);
		expect(verifySignature(new Uint8Array(32).fill(255), message, signature)).toBe(false);
		expect(verifySignature(keys.signingPublic, message, new Uint8Array(64).fill(255))).toBe(false);
	});
});
