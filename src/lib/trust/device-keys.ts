/**
 * A device's keys for one workspace: an Ed25519 pair that signs what the device writes, and an
 * X25519 pair with which others seal secrets for it (a new room key after a member is removed).
 *
 * The browser's WebCrypto keeps the secret halves non-extractable where it supports these curves
 * (the keys are then stored as `CryptoKey` objects, which IndexedDB can hold but no script can
 * read); elsewhere `@noble/curves` does the same work with secret bytes kept in IndexedDB.
 */
import { ed25519, x25519 } from '@noble/curves/ed25519.js';

/** The length of an Ed25519 or X25519 public key, and of an X25519 shared secret. */
export const KEY_BYTES = 32;
/** The length of an Ed25519 signature. */
export const SIGNATURE_BYTES = 64;

/** What is stored on the device to use its keys again: never sent anywhere. */
export type StoredDeviceKeys =
	| {
			kind: 'webcrypto';
			signing: CryptoKeyPair;
			agreement: CryptoKeyPair;
			signingPublic: Uint8Array;
			agreementPublic: Uint8Array;
	  }
	| { kind: 'library'; signingSecret: Uint8Array; agreementSecret: Uint8Array };

/** A device's keys in use: its public halves, and what it can do with the secret ones. */
export interface DeviceKeys {
	/** The Ed25519 public key others verify this device's writes with (raw, 32 bytes). */
	readonly signingPublic: Uint8Array;
	/** The X25519 public key others seal secrets for this device with (raw, 32 bytes). */
	readonly agreementPublic: Uint8Array;
	/** Signs `message`; the signature is 64 bytes. */
	sign(message: Uint8Array): Promise<Uint8Array>;
	/** The secret this device shares with the holder of `theirPublic` (X25519, 32 bytes). */
	agree(theirPublic: Uint8Array): Promise<Uint8Array>;
	/** What to store to use these keys again (`restoreDeviceKeys`). */
	readonly stored: StoredDeviceKeys;
}

const subtle = () => globalThis.crypto.subtle;
const bytes = (data: Uint8Array) => data as Uint8Array<ArrayBuffer>;

let webCryptoSupport: Promise<boolean> | undefined;

/** Whether this browser's WebCrypto signs with Ed25519 and agrees with X25519 (asked once). */
export function webCryptoHasCurves(): Promise<boolean> {
	webCryptoSupport ??= (async () => {
		try {
			await subtle().generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
			await subtle().generateKey({ name: 'X25519' }, false, ['deriveBits']);
			return true;
		} catch {
			return false;
		}
	})();
	return webCryptoSupport;
}

async function rawPublic(key: CryptoKey): Promise<Uint8Array> {
	return new Uint8Array(await subtle().exportKey('raw', key));
}

function fromWebCrypto(stored: Extract<StoredDeviceKeys, { kind: 'webcrypto' }>): DeviceKeys {
	return {
		signingPublic: stored.signingPublic,
		agreementPublic: stored.agreementPublic,
		stored,
		sign: async (message) =>
			new Uint8Array(
				await subtle().sign({ name: 'Ed25519' }, stored.signing.privateKey, bytes(message))
			),
		agree: async (theirPublic) => {
			const them = await subtle().importKey(
				'raw',
				bytes(theirPublic),
				{ name: 'X25519' },
				false,
				[]
			);
			return new Uint8Array(
				await subtle().deriveBits(
					{ name: 'X25519', public: them },
					stored.agreement.privateKey,
					KEY_BYTES * 8
				)
			);
		}
	};
}

function fromLibrary(stored: Extract<StoredDeviceKeys, { kind: 'library' }>): DeviceKeys {
	return {
		signingPublic: ed25519.getPublicKey(stored.signingSecret),
		agreementPublic: x25519.getPublicKey(stored.agreementSecret),
		stored,
		sign: async (message) => ed25519.sign(message, stored.signingSecret),
		agree: async (theirPublic) => x25519.getSharedSecret(stored.agreementSecret, theirPublic)
	};
}

/**
 * New keys for this device, with WebCrypto's non-extractable keys where the browser has the
 * curves; `library` forces the fallback (for tests, and browsers without them).
 */
export async function createDeviceKeys({ library = false } = {}): Promise<DeviceKeys> {
	if (!library && (await webCryptoHasCurves())) {
		const signing = (await subtle().generateKey({ name: 'Ed25519' }, false, [
			'sign',
			'verify'
		])) as CryptoKeyPair;
		const agreement = (await subtle().generateKey({ name: 'X25519' }, false, [
			'deriveBits'
		])) as CryptoKeyPair;
		return fromWebCrypto({
			kind: 'webcrypto',
			signing,
			agreement,
			signingPublic: await rawPublic(signing.publicKey),
			agreementPublic: await rawPublic(agreement.publicKey)
		});
	}
	return fromLibrary({
		kind: 'library',
		signingSecret: ed25519.utils.randomSecretKey(),
		agreementSecret: x25519.utils.randomSecretKey()
	});
}

/** The keys stored on this device, in use again. */
export function restoreDeviceKeys(stored: StoredDeviceKeys): DeviceKeys {
	return stored.kind === 'webcrypto' ? fromWebCrypto(stored) : fromLibrary(stored);
}

/**
 * Whether `signature` is `publicKey`'s over `message`, by RFC 8032's strict rules. Every copy must
 * judge a signature alike (a signature one copy took and another refused would split the group),
 * so verifying is always done by one implementation, never by whichever the browser has. Never
 * throws: a malformed key or signature from a peer is simply not valid.
 */
export function verifySignature(
	publicKey: Uint8Array,
	message: Uint8Array,
	signature: Uint8Array
): boolean {
	if (publicKey.length !== KEY_BYTES || signature.length !== SIGNATURE_BYTES) return false;
	try {
		return ed25519.verify(signature, message, publicKey, { zip215: false });
	} catch {
		return false;
	}
}
