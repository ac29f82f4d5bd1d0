/**
 * An invitation's token (a secret in the invite link's fragment) as a key: the invitation entry
 * holds the public key the token derives, and whoever joins proves they hold the token by signing
 * their own keys with it. The token itself is never written into the workspace, so a copy that
 * reads the roster cannot join with it.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import * as encoding from 'lib0/encoding';
import { verifySignature } from './device-keys';

/** The length of an invitation's token. */
export const TOKEN_BYTES = 32;

function secretOf(token: Uint8Array): Uint8Array {
	const e = encoding.createEncoder();
	encoding.writeVarString(e, 'concord/invitation-key/v1');
	encoding.writeUint8Array(e, token);
	return sha256(encoding.toUint8Array(e));
}

/** What a joiner's proof signs: the invitation, and the keys and member id they join with. */
function proofMessage(invitation: Uint8Array, joiner: JoiningKeys): Uint8Array {
	const e = encoding.createEncoder();
	encoding.writeVarString(e, 'concord/accept/v1');
	encoding.writeUint8Array(e, invitation);
	encoding.writeUint8Array(e, joiner.signer);
	encoding.writeUint8Array(e, joiner.agreementKey);
	encoding.writeVarString(e, joiner.memberId);
	return encoding.toUint8Array(e);
}

/** Who joins: the device's signing and agreement keys, and the member id. */
export interface JoiningKeys {
	signer: Uint8Array;
	agreementKey: Uint8Array;
	memberId: string;
}

/** A fresh token for an invite link. */
export function newInvitationToken(): Uint8Array {
	return crypto.getRandomValues(new Uint8Array(TOKEN_BYTES));
}

/** The public key an invitation entry holds for `token`. */
export function invitationKey(token: Uint8Array): Uint8Array {
	return ed25519.getPublicKey(secretOf(token));
}

/** The proof that a joiner holds the token of the invitation named `invitation`. */
export function acceptProof(token: Uint8Array, invitation: Uint8Array, joiner: JoiningKeys) {
	return ed25519.sign(proofMessage(invitation, joiner), secretOf(token));
}

/** Whether `proof` was made with the token whose key is `key`, for this invitation and joiner. */
export function acceptProofHolds(
	key: Uint8Array,
	proof: Uint8Array,
	invitation: Uint8Array,
	joiner: JoiningKeys
): boolean {
	return verifySignature(key, proofMessage(invitation, joiner), proof);
}
