/**
 * The `.concord` workspace file: the whole state of a workspace in one file, so a group can sync
 * with no network at all (email, a USB stick). Layout, all integers big-endian: the 8-byte magic
 * `CONCORD\n`, a 1-byte format version, a 4-byte header length, a UTF-8 JSON header, then the
 * payload, `Y.encodeStateAsUpdateV2` of the workspace document.
 */
import * as Y from 'yjs';
import {
	BOUNDED_DECODER,
	checkUpdate,
	createWorkspaceDoc,
	fromBase64Url,
	isWellFormedId,
	readMeta,
	SCHEMA_VERSION,
	schemaVersionOf,
	toBase64Url
} from '../../doc';

/** The format version of `.concord` files this build writes; files of a higher one are refused. */
export const WORKSPACE_FILE_VERSION = 1;

const FORMAT = 'concord-workspace';
const MAGIC = Uint8Array.of(0x43, 0x4f, 0x4e, 0x43, 0x4f, 0x52, 0x44, 0x0a);
const PREAMBLE_BYTES = MAGIC.length + 1 + 4;
const MAX_HEADER_BYTES = 64 * 1024;
const MAX_PAYLOAD_BYTES = 256 * 1024 * 1024;
const KEY_BYTES = 32;

/** The largest `.concord` file accepted: the largest payload plus the largest header. */
export const MAX_WORKSPACE_FILE_BYTES = PREAMBLE_BYTES + MAX_HEADER_BYTES + MAX_PAYLOAD_BYTES;

/** What a workspace file says about the workspace it carries. */
export interface WorkspaceFileHeader {
	workspaceId: string;
	name: string;
	/** When the file was written, as an ISO 8601 string. */
	savedAt: string;
	schemaVersion: number;
	/** The invite key, only when the person saving chose to include it. */
	key: Uint8Array | null;
	signaling: string[];
}

/** Why a file could not be opened, for the message shown to the person who chose it. */
export type WorkspaceFileProblem =
	| 'empty'
	| 'not-concord'
	| 'newer-format'
	| 'truncated'
	| 'damaged'
	| 'too-large'
	| 'not-a-workspace'
	/** A file without its invite key cannot change a member's copy. */
	| 'needs-key';

/** The only error reading a workspace file throws; `problem` says what is wrong with the file. */
export class WorkspaceFileError extends Error {
	readonly problem: WorkspaceFileProblem;

	constructor(problem: WorkspaceFileProblem, detail?: string) {
		super(`Cannot open this workspace file (${problem})${detail ? `: ${detail}` : '.'}`);
		this.name = 'WorkspaceFileError';
		this.problem = problem;
	}
}

async function sha256(data: Uint8Array): Promise<Uint8Array> {
	return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data as BufferSource));
}

/** Writes a workspace file holding the whole state of `doc`; the key is included only when given. */
export async function encodeWorkspaceFile(
	doc: Y.Doc,
	info: { workspaceId: string; key: Uint8Array | null; signaling: string[]; savedAt: Date }
): Promise<Uint8Array> {
	const schemaVersion = schemaVersionOf(doc);
	if (schemaVersion < 1) throw new Error('Only a created workspace can be saved to a file.');
	if (!isWellFormedId(info.workspaceId)) throw new Error('The workspace id is not well formed.');
	if (info.key !== null && info.key.length !== KEY_BYTES)
		throw new Error('The key is not 32 bytes.');
	// Everything is read from the document before the first await, so it is one snapshot.
	const name = readMeta(doc).name;
	const payload = Y.encodeStateAsUpdateV2(doc);
	if (payload.length > MAX_PAYLOAD_BYTES) throw new WorkspaceFileError('too-large');
	const header = {
		format: FORMAT,
		version: WORKSPACE_FILE_VERSION,
		workspaceId: info.workspaceId,
		name,
		savedAt: info.savedAt.toISOString(),
		schemaVersion,
		payloadBytes: payload.length,
		payloadSha256: toBase64Url(await sha256(payload)),
		...(info.key === null ? {} : { key: toBase64Url(info.key) }),
		signaling: [...info.signaling]
	};
	const headerBytes = new TextEncoder().encode(JSON.stringify(header));
	if (headerBytes.length > MAX_HEADER_BYTES) throw new Error('The file header is too long.');
	const file = new Uint8Array(PREAMBLE_BYTES + headerBytes.length + payload.length);
	file.set(MAGIC, 0);
	file[MAGIC.length] = WORKSPACE_FILE_VERSION;
	new DataView(file.buffer).setUint32(MAGIC.length + 1, headerBytes.length);
	file.set(headerBytes, PREAMBLE_BYTES);
	file.set(payload, PREAMBLE_BYTES + headerBytes.length);
	return file;
}

/** A workspace file once read and checked: what it says, and the update to merge. */
export interface DecodedWorkspaceFile {
	header: WorkspaceFileHeader;
	update: Uint8Array;
}

type ParsedHeader = {
	header: WorkspaceFileHeader;
	payloadBytes: number;
	payloadSha256: Uint8Array;
};

function parseHeader(json: unknown, formatVersion: number): ParsedHeader {
	const damaged = (detail: string) => new WorkspaceFileError('damaged', detail);
	if (typeof json !== 'object' || json === null || Array.isArray(json)) throw damaged('header');
	const { format, version, workspaceId, name, savedAt, schemaVersion, payloadBytes } =
		json as Record<string, unknown>;
	const { payloadSha256: sha, key: rawKey, signaling = [] } = json as Record<string, unknown>;
	const isCount = (n: unknown, min: number): n is number =>
		Number.isSafeInteger(n) && (n as number) >= min;
	if (format !== FORMAT || version !== formatVersion) throw damaged('format');
	if (!isWellFormedId(workspaceId)) throw damaged('workspace id');
	if (typeof name !== 'string') throw damaged('name');
	if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) throw damaged('date');
	if (!isCount(schemaVersion, 1)) throw damaged('schema');
	if (!isCount(payloadBytes, 0)) throw damaged('size');
	const payloadSha256 = typeof sha === 'string' ? fromBase64Url(sha) : null;
	if (payloadSha256?.length !== 32) throw damaged('checksum');
	const key = typeof rawKey === 'string' ? fromBase64Url(rawKey) : null;
	if (rawKey !== undefined && key?.length !== KEY_BYTES) throw damaged('key');
	if (!Array.isArray(signaling) || !signaling.every((s) => typeof s === 'string')) {
		throw damaged('signaling');
	}
	if (payloadBytes > MAX_PAYLOAD_BYTES) throw new WorkspaceFileError('too-large');
	if (schemaVersion > SCHEMA_VERSION) throw new WorkspaceFileError('newer-format');
	const header = { workspaceId, name, savedAt, schemaVersion, key, signaling: [...signaling] };
	return { header, payloadBytes, payloadSha256 };
}

/**
 * Checks the payload as every update from outside is checked (`checkUpdate`: bounded decoding,
 * exact framing, sane deletions), then applies it to a scratch document (never the caller's) to
 * see that it holds a workspace this build can open.
 */
function checkPayload(payload: Uint8Array, header: WorkspaceFileHeader): void {
	const verdict = checkUpdate(payload, 'v2', MAX_PAYLOAD_BYTES);
	if (!verdict.ok) {
		if (verdict.reason === 'too-large') throw new WorkspaceFileError('too-large');
		throw new WorkspaceFileError('damaged', `${verdict.reason}: ${verdict.detail}`);
	}
	const scratch = createWorkspaceDoc();
	try {
		Y.applyUpdateV2(scratch, payload, null, BOUNDED_DECODER.v2);
		const version = schemaVersionOf(scratch);
		if (version < 1) throw new WorkspaceFileError('not-a-workspace');
		if (version > SCHEMA_VERSION) throw new WorkspaceFileError('newer-format');
		if (version !== header.schemaVersion) throw new WorkspaceFileError('damaged', 'schema');
	} finally {
		scratch.destroy();
	}
}

async function decode(bytes: Uint8Array): Promise<DecodedWorkspaceFile> {
	if (!(bytes instanceof Uint8Array)) throw new WorkspaceFileError('not-concord');
	if (bytes.length === 0) throw new WorkspaceFileError('empty');
	for (let i = 0; i < Math.min(bytes.length, MAGIC.length); i++) {
		if (bytes[i] !== MAGIC[i]) throw new WorkspaceFileError('not-concord');
	}
	if (bytes.length <= MAGIC.length) throw new WorkspaceFileError('truncated');
	const formatVersion = bytes[MAGIC.length]!;
	if (formatVersion > WORKSPACE_FILE_VERSION) throw new WorkspaceFileError('newer-format');
	if (formatVersion < 1) throw new WorkspaceFileError('damaged', 'format version');
	if (bytes.length > MAX_WORKSPACE_FILE_BYTES) throw new WorkspaceFileError('too-large');
	if (bytes.length < PREAMBLE_BYTES) throw new WorkspaceFileError('truncated');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const headerLength = view.getUint32(MAGIC.length + 1);
	if (headerLength > MAX_HEADER_BYTES) throw new WorkspaceFileError('damaged', 'header length');
	const payloadStart = PREAMBLE_BYTES + headerLength;
	if (bytes.length < payloadStart) throw new WorkspaceFileError('truncated');
	let json: unknown;
	try {
		const headerBytes = bytes.subarray(PREAMBLE_BYTES, payloadStart);
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes));
	} catch {
		throw new WorkspaceFileError('damaged', 'header is not JSON');
	}
	const { header, payloadBytes, payloadSha256 } = parseHeader(json, formatVersion);
	if (bytes.length < payloadStart + payloadBytes) throw new WorkspaceFileError('truncated');
	if (bytes.length > payloadStart + payloadBytes) throw new WorkspaceFileError('damaged', 'tail');
	// A copy, so that nothing reads past the payload and the caller's buffer is never shared.
	const update = bytes.slice(payloadStart);
	const digest = await sha256(update);
	if (!digest.every((byte, i) => byte === payloadSha256[i])) {
		throw new WorkspaceFileError('damaged', 'checksum mismatch');
	}
	checkPayload(update, header);
	return { header, update };
}

/**
 * Reads and fully checks a workspace file without touching any open workspace. Throws only
 * `WorkspaceFileError`; the update it returns is for `mergeWorkspaceFile`.
 */
export async function decodeWorkspaceFile(bytes: Uint8Array): Promise<DecodedWorkspaceFile> {
	try {
		return await decode(bytes);
	} catch (error) {
		if (error instanceof WorkspaceFileError) throw error;
		throw new WorkspaceFileError('damaged', error instanceof Error ? error.message : undefined);
	}
}

/** Merges a decoded file into a workspace as one change made with `origin`, so it is recognised. */
export function mergeWorkspaceFile(doc: Y.Doc, update: Uint8Array, origin: unknown): void {
	doc.transact(() => Y.applyUpdateV2(doc, update, origin, BOUNDED_DECODER.v2), origin);
}
