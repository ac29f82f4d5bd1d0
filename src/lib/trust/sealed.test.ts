import { describe, expect, it } from 'vitest';
import { createDeviceKeys } from './device-keys';
import { seal, unseal, UnsealError } from './sealed';

const CONTEXT = 'ws-3f9a room secret after removing a member';
const secret = crypto.getRandomValues(new Uint8Array(32));

describe('a sealed secret', () => {
	it('opens for the device it was sealed for, WebCrypto or library keys alike', async () => {
		for (const library of [false, true]) {
			const bea = await createDeviceKeys({ library });
			const sealed = await seal(bea.agreementPublic, secret, CONTEXT);
			expect(await unseal(bea, sealed, CONTEXT)).toEqual(secret);
			// Sealed twice, it reads differently: nothing links two rekeys to one secret.
			expect(await seal(bea.agreementPublic, secret, CONTEXT)).not.toEqual(sealed);
		}
	});

	it('opens for no one else, for no other purpose, and not once changed', async () => {
		const bea = await createDeviceKeys();
		const mallory = await createDeviceKeys();
		const sealed = await seal(bea.agreementPublic, secret, CONTEXT);
		await expect(unseal(mallory, sealed, CONTEXT)).rejects.toThrow(UnsealError);
		await expect(unseal(bea, sealed, 'ws-other room secret')).rejects.toThrow(UnsealError);
		for (const at of [1, 40, sealed.length - 1]) {
			const changed = Uint8Array.from(sealed);
			changed[at]! ^= 1;
			await expect(unseal(bea, changed, CONTEXT), `byte ${at} changed`).rejects.toThrow(
				UnsealError
			);
		}
		await expect(unseal(bea, sealed.subarray(0, 40), CONTEXT)).rejects.toThrow(UnsealError);
	});

	it('refuses a sealed secret made with a key of small order (all zero)', async () => {
		const bea = await createDeviceKeys({ library: true });
		const sealed = await seal(bea.agreementPublic, secret, CONTEXT);
		const forged = Uint8Array.from(sealed);
		forged.fill(0, 1, 33);
		await expect(unseal(bea, forged, CONTEXT)).rejects.toThrow(UnsealError);
		await expect(seal(new Uint8Array(32), secret, CONTEXT)).rejects.toThrow();
	});
});
