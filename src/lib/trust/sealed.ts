/**
 * A secret sealed for one device: only the holder of the X25519 key it was sealed to can open it
 * (a new room secret after a member is removed travels this way, inside a signed roster entry).
 *
 *   version (1 byte, 1) · ephemeral public key (32 bytes) · nonce (12 bytes) · AES-GCM ciphertext
 *
 * The key is HKDF-SHA-256 of the X25519 secret between a fresh ephemeral key and the recipient's,
 * salted with both public keys and bound to `context` (also the cipher's associated data), so a
 * sealed secret cannot be moved to another purpose or workspace.
 */
import { x25519 } from '@noble/curves/ed25519.js';
import { KEY_BYTES, type DeviceKeys } from './device-keys';

const VERSION = 1;
const NONCE_BYTES = 12;
const HEADER_BYTES = 1 + KEY_BYTES + NONCE_BYTES;
const text = new TextEncoder();
const bytes = (data: Uint8Array) => data as Uint8Array<ArrayBuffer>;

/** A sealed secret that could not be opened, and why. */
export class UnsealError extends Error {}

async function keyFor(
	shared: Uint8Array,
	ephemeral: Uint8Array,
	recipient: Uint8Array,
	context: string,
	use: 'encrypt' | 'decrypt'
): Promise<CryptoKey> {
	if (shared.every((byte) => byte === 0)) throw new UnsealError('a key of small order');
	const ikm = await crypto.subtle.importKey('raw', bytes(shared), 'HKDF', false, ['deriveKey']);
	return crypto.subtle.deriveKey(
		{
			name: 'HKDF',
			hash: 'SHA-256',
			salt: bytes(Uint8Array.of(...ephemeral, ...recipient)),
			info: text.encode(`concord/sealed/v1 ${context}`)
		},
		ikm,
		{ name: 'AES-GCM', length: 256 },
		false,
		[use]
	);
}

/** `secret` sealed for the device whose X25519 public key is `recipient`, for `context`. */
export async function seal(
	recipient: Uint8Array,
	secret: Uint8Array,
	context: string
): Promise<Uint8Array> {
	if (recipient.length !== KEY_BYTES) throw new UnsealError('not an X25519 public key');
	const { secretKey, publicKey } = x25519.keygen();
	const key = await keyFor(
		x25519.getSharedSecret(secretKey, recipient),
		publicKey,
		recipient,
		context,
		'encrypt'
	);
	const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
	const sealed = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv: nonce, additionalData: text.encode(context) },
		key,
		bytes(secret)
	);
	return Uint8Array.of(VERSION, ...publicKey, ...nonce, ...new Uint8Array(sealed));
}

/** Opens what was sealed for this device for `context`; throws `UnsealError` on anything else. */
export async function unseal(
	keys: DeviceKeys,
	sealed: Uint8Array,
	context: string
): Promise<Uint8Array> {
	if (sealed.length < HEADER_BYTES + 16 || sealed[0] !== VERSION)
		throw new UnsealError('not a sealed secret');
	const ephemeral = sealed.subarray(1, 1 + KEY_BYTES);
	const nonce = sealed.subarray(1 + KEY_BYTES, HEADER_BYTES);
	let shared: Uint8Array;
	try {
		shared = await keys.agree(ephemeral);
	} catch {
		throw new UnsealError('a key of small order');
	}
	const key = await keyFor(shared, ephemeral, keys.agreementPublic, context, 'decrypt');
	try {
		const opened = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: bytes(nonce), additionalData: text.encode(context) },
			key,
			bytes(sealed.subarray(HEADER_BYTES))
		);
		return new Uint8Array(opened);
	} catch {
		throw new UnsealError('sealed for another device or purpose, or changed');
	}
}
