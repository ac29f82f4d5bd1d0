/** Random, branded identifiers for the records a workspace holds. */

declare const brand: unique symbol;

/** A string that the type system keeps apart from other strings of another brand. */
export type Branded<T extends string> = string & { readonly [brand]: T };

/** Identifies one document inside a workspace. */
export type DocumentId = Branded<'DocumentId'>;

/** Identifies one workspace on every device that holds it (also its local database name). */
export type WorkspaceId = Branded<'WorkspaceId'>;

/** Identifies one member: a person on one device, the same in every workspace they join. */
export type MemberId = Branded<'MemberId'>;

/** Identifies one proposed amendment of a document (`amendments/`; decisions name it too). */
export type AmendmentId = Branded<'AmendmentId'>;

/** Whether `value` is a run of `min` to `max` base64url characters, the alphabet of every id. */
export function isBase64UrlToken(value: unknown, min: number, max: number): value is string {
	return (
		typeof value === 'string' &&
		value.length >= min &&
		value.length <= max &&
		/^[A-Za-z0-9_-]*$/.test(value)
	);
}

/** Encodes bytes as unpadded base64url, the alphabet used for every id and key Concord prints. */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes unpadded base64url; returns null for anything that is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
	if (!isBase64UrlToken(text, 0, Infinity) || text.length % 4 === 1) return null;
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A fresh random id of 128 bits, safe in URLs and database names. */
export function randomId(): string {
	return toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
}

/** A fresh id for a new document. */
export function newDocumentId(): DocumentId {
	return randomId() as DocumentId;
}

/** Whether a string from outside (a URL, a peer) has the shape of an id. */
export function isWellFormedId(value: unknown): value is string {
	return isBase64UrlToken(value, 16, 64);
}

/** Checks a document id that came from outside, such as a route parameter. */
export function asDocumentId(value: string): DocumentId | null {
	return isWellFormedId(value) ? (value as DocumentId) : null;
}

/** A fresh id for a member (a person on this device). */
export function newMemberId(): MemberId {
	return randomId() as MemberId;
}

/** Checks a workspace id that came from outside, such as a route parameter. */
export function asWorkspaceId(value: string): WorkspaceId | null {
	return isWellFormedId(value) ? (value as WorkspaceId) : null;
}
