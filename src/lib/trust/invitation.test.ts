import { describe, expect, it } from 'vitest';
import { createDeviceKeys } from './device-keys';
import { acceptProof, acceptProofHolds, invitationKey, newInvitationToken } from './invitation';

describe("an invitation's token", () => {
	it('proves who holds it for one invitation and one joiner, without being shown', async () => {
		const token = newInvitationToken();
		const keys = await createDeviceKeys({ library: true });
		const joiner = {
			signer: keys.signingPublic,
			agreementKey: keys.agreementPublic,
			memberId: 'm-1'
		};
		const invitation = new Uint8Array(32).fill(9);
		const key = invitationKey(token);
		const proof = acceptProof(token, invitation, joiner);
		expect(acceptProofHolds(key, proof, invitation, joiner)).toBe(true);
		// Copied onto someone else's keys, another member id, or another invitation, it fails.
		const other = await createDeviceKeys({ library: true });
		expect(
			acceptProofHolds(key, proof, invitation, { ...joiner, signer: other.signingPublic })
		).toBe(false);
		expect(acceptProofHolds(key, proof, invitation, { ...joiner, memberId: 'm-2' })).toBe(false);
		expect(acceptProofHolds(key, proof, new Uint8Array(32), joiner)).toBe(false);
		expect(acceptProofHolds(invitationKey(newInvitationToken()), proof, invitation, joiner)).toBe(
			false
		);
	});
});
