import * as encoding from 'lib0/encoding';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { seededRandom } from '../../doc/bad-updates';
import { SCHEMA_VERSION } from '../../doc/schema';
import {
	addDocument,
	createWorkspaceDoc,
	initializeWorkspace,
	metaMap,
	newMemberId,
	toBase64Url
} from '../../doc';
import {
	decodeWorkspaceFile,
	encodeWorkspaceFile,
	WorkspaceFileError,
	type WorkspaceFileProblem
} from './format';

// Malformed and hostile inputs, all made from one seed; replay a failing run with SEED=<seed>.
const SEED = process.env.SEED ? Number(process.env.SEED) >>> 0 : (Math.random() * 2 ** 32) >>> 0;
console.log(`workspace file corpus seed: ${SEED} (replay with SEED=${SEED})`);

/** Every byte below follows from the seed. */
function generator(seed: number) {
	const next = seededRandom(seed);
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min));
	const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(0, 256));
	return { int, bytes };
}
const rng = generator(SEED);

const text = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
	return out;
};
const sha = async (data: Uint8Array) =>
	toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource)));

/** A workspace doc whose ids and client id come from the seed too. */
function seededWorkspace(): Y.Doc {
	const spy = vi.spyOn(crypto, 'getRandomValues').mockImplementation(((array: Uint8Array) => {
		array.set(rng.bytes(array.byteLength));
		return array;
	}) as typeof crypto.getRandomValues);
	const doc = createWorkspaceDoc();
	doc.clientID = rng.int(1, 2 ** 31);
	initializeWorkspace(doc, {
		name: 'Allotment committee',
		locale: 'en',
		now: 1_700_000_000_000,
		creator: { id: newMemberId(), name: 'Amina', colour: '#1f5f5b' }
	});
	addDocument(doc, { title: 'Plots', kind: 'notes', now: 1_700_000_000_001 });
	spy.mockRestore();
	return doc;
}

const source = seededWorkspace();
const valid = await encodeWorkspaceFile(source, {
	workspaceId: toBase64Url(rng.bytes(16)),
	key: null,
	signaling: ['wss://signal.example.org'],
	savedAt: new Date(1_700_000_100_000)
});
const headerLength = new DataView(valid.buffer).getUint32(9);
const payloadStart = 13 + headerLength;
const header = JSON.parse(new TextDecoder().decode(valid.subarray(13, payloadStart)));
const payload = valid.slice(payloadStart);

/** A file from raw parts: any header bytes, any payload, any version and declared length. */
function rawFile(head: Uint8Array, body: Uint8Array, version = 1, declared = head.length) {
	const preamble = concat(text('CONCORD\n'), Uint8Array.of(version), new Uint8Array(4));
	new DataView(preamble.buffer).setUint32(9, declared >>> 0);
	return concat(preamble, head, body);
}

/** A file whose header is the valid one with `patch` over it (after size and checksum). */
async function patched(patch: Record<string, unknown>, body: Uint8Array = payload) {
	const fields = { ...header, payloadBytes: body.length, payloadSha256: await sha(body), ...patch };
	return rawFile(text(JSON.stringify(fields)), body);
}

/** The valid file with the byte at `at` XOR-ed with `mask`. */
function flip(at: number, mask: number) {
	const copy = valid.slice();
	copy[at]! ^= mask;
	return copy;
}

/** A Yjs update of a document made by `build`, in the V2 format the payload uses. */
function updateOf(build: (doc: Y.Doc) => void) {
	const doc = new Y.Doc({ gc: false });
	doc.clientID = rng.int(1, 2 ** 31);
	build(doc);
	return Y.encodeStateAsUpdateV2(doc);
}

const varUints = (...numbers: number[]) => {
	const e = encoding.createEncoder();
	for (const n of numbers) encoding.writeVarUint(e, n);
	return encoding.toUint8Array(e);
};

/** A V2 update claiming 2^31 structs whose fields all come from run-length columns. */
function structBomb() {
	// Columns: key clocks, clients (7), left and right clocks, info (0 = GC, for ever), strings (''),
	// parent info, type refs, lengths (varInt -1 then a count: 1, repeated 2^40 times).
	const lengths = [0x41, ...varUints(2 ** 40)];
	const columns = [[], [7], [], [], [0], [0], [], [], lengths];
	const head = Uint8Array.from(columns.flatMap((c) => [...varUints(c.length), ...c]));
	// Feature flag, columns, then one client with 2^31 structs from clock 0, and no deletions.
	return concat(varUints(0), head, varUints(1, 2 ** 31, 0, 0));
}

/** The valid payload with its (empty) delete set replaced by `deleteSet`. */
const withDeleteSet = (deleteSet: Uint8Array) =>
	concat(payload.subarray(0, payload.length - 1), deleteSet);

const cases: { name: string; bytes: Uint8Array; expected: WorkspaceFileProblem[] }[] = [];
const add = (name: string, bytes: Uint8Array, ...expected: WorkspaceFileProblem[]) =>
	cases.push({ name, bytes, expected });
const hostile: WorkspaceFileProblem[] = ['damaged', 'not-a-workspace'];

add('empty input', new Uint8Array(0), 'empty');
add('one zero byte', Uint8Array.of(0), 'not-concord');
add('one byte that starts the magic', text('C'), 'truncated');
for (const size of [2, 7, 8, 13, 64, 1000, 4096, 65536]) {
	const bytes = rng.bytes(size);
	bytes[0] = rng.int(0, 255);
	if (bytes[0] >= 0x43) bytes[0]++; // never the magic's first byte, 'C'
	add(`${size} random bytes`, bytes, 'not-concord');
}
const cuts = [1, 7, 8, 9, 12, 13, payloadStart - 1, payloadStart, valid.length - 1];
while (cuts.length < 20) cuts.push(rng.int(1, valid.length));
for (const cut of cuts) add(`valid file cut to ${cut} bytes`, valid.subarray(0, cut), 'truncated');
for (let i = 0; i < 12; i++) {
	const at = rng.int(13, payloadStart);
	add(`header byte ${at} flipped`, flip(at, 0x80), 'damaged');
}
for (let i = 0; i < 12; i++) {
	const at = rng.int(payloadStart, valid.length);
	add(`payload byte ${at} flipped`, flip(at, rng.int(1, 256)), 'damaged');
}
const magicAt = rng.int(0, 8);
add(`magic byte ${magicAt} flipped`, flip(magicAt, 0x20), 'not-concord');
add('format version 2', flip(8, 1 ^ 2), 'newer-format');
add('format version 255', flip(8, 1 ^ 255), 'newer-format');
add('format version 0', flip(8, 1), 'damaged');
const head = valid.subarray(13, payloadStart);
add('header length 0xFFFFFFFF', rawFile(head, payload, 1, 0xffffffff), 'damaged');
add('header length 64 KiB + 1', rawFile(head, payload, 1, 65537), 'damaged');
add('header length 0', rawFile(head, payload, 1, 0), 'damaged');
add('header length one too long', rawFile(head, payload, 1, headerLength + 1), 'damaged');
add('header length past the end', rawFile(head, payload, 1, valid.length), 'truncated');
add('zip archive', concat(Uint8Array.of(0x50, 0x4b, 3, 4), rng.bytes(200)), 'not-concord');
add('gzip stream', concat(Uint8Array.of(0x1f, 0x8b, 8, 0), rng.bytes(200)), 'not-concord');
add('PDF', text('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'not-concord');
add('HTML page', text('<!doctype html><html><body>CONCORD</body></html>'), 'not-concord');
add('JSON file', text(JSON.stringify(header)), 'not-concord');
add('newline turned into CRLF', concat(text('CONCORD\r\n'), valid.subarray(8)), 'not-concord');
add('UTF-8 byte order mark first', concat(Uint8Array.of(0xef, 0xbb, 0xbf), valid), 'not-concord');
for (const json of ['null', '[]', '42', '"concord"', '{}', 'not json {', '']) {
	add(`header ${json || 'empty'}`, rawFile(text(json), payload), 'damaged');
}
add('header not UTF-8', rawFile(Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d), payload), 'damaged');
const damagedFields: Record<string, unknown[]> = {
	format: ['other'],
	version: [2],
	workspaceId: ['short', 42, undefined, `${toBase64Url(rng.bytes(16))}/../x`],
	name: [5, null],
	savedAt: ['yesterday', 0],
	schemaVersion: ['1', 0, 1.5],
	payloadBytes: [-1, String(payload.length), payload.length - 1],
	payloadSha256: [toBase64Url(rng.bytes(31)), 7, toBase64Url(rng.bytes(32))],
	key: [toBase64Url(rng.bytes(31)), toBase64Url(rng.bytes(33)), 42, null, '!!!not base64!!!'],
	signaling: ['wss://signal.example.org', [1], [null]]
};
for (const [field, values] of Object.entries(damagedFields)) {
	for (const value of values) {
		const patch = { [field]: value };
		add(`header with ${field} ${JSON.stringify(value)}`, await patched(patch), 'damaged');
	}
}
const longer = await patched({ payloadBytes: payload.length + 1 });
add('payload longer than declared', longer, 'truncated');
add('payload of 300 MiB declared', await patched({ payloadBytes: 300 * 2 ** 20 }), 'too-large');
add(
	'newer schema in the header',
	await patched({ schemaVersion: SCHEMA_VERSION + 1 }),
	'newer-format'
);
add('one byte after the payload', concat(valid, Uint8Array.of(0)), 'damaged');
const textOnly = updateOf((doc) => doc.getText('notes').insert(0, 'Just some text'));
add('Yjs doc with only a Y.Text', await patched({}, textOnly), 'not-a-workspace');
const metaText = updateOf((doc) => doc.getText('meta').insert(0, 'schemaVersion'));
add('Yjs doc whose meta is text', await patched({}, metaText), 'not-a-workspace');
const stringVersion = updateOf((doc) => metaMap(doc).set('schemaVersion', '1'));
add('schema version as a string', await patched({}, stringVersion), 'not-a-workspace');
const newerDoc = updateOf((doc) => metaMap(doc).set('schemaVersion', SCHEMA_VERSION + 1));
add('newer schema inside the payload', await patched({}, newerDoc), 'newer-format');
add('empty payload', await patched({}, new Uint8Array(0)), 'damaged');
for (const size of [1, 16, 300, 5000]) {
	add(`${size} random payload bytes, right hash`, await patched({}, rng.bytes(size)), ...hostile);
}
const v1 = Y.encodeStateAsUpdate(source);
add('V1 update instead of V2, right hash', await patched({}, v1), ...hostile);
for (let i = 0; i < 3; i++) {
	const cut = payload.subarray(0, rng.int(1, payload.length));
	add(`payload cut to ${cut.length} bytes, right hash`, await patched({}, cut), ...hostile);
}
add('update claiming 2^31 structs', await patched({}, structBomb()), 'damaged');
const manyDeletes = withDeleteSet(varUints(1, 9, 2 ** 40));
add('delete set claiming 2^40 ranges', await patched({}, manyDeletes), 'damaged');
const range = [source.clientID, 1, 0, 100]; // one client, one range: clock 0, length 101
const overlapping = withDeleteSet(varUints(50, ...Array.from({ length: 50 }, () => range).flat()));
add('delete set of overlapping ranges', await patched({}, overlapping), 'damaged');

describe(`workspace file corpus (seed ${SEED})`, () => {
	const target = seededWorkspace();
	const before = Y.encodeStateAsUpdateV2(target);
	const changes: unknown[] = [];
	target.on('updateV2', (update: Uint8Array) => changes.push(update));

	it('starts from a valid file and holds at least 60 cases', async () => {
		expect(payload.at(-1)).toBe(0); // no deletions, so the delete set cases replace one byte
		await expect(decodeWorkspaceFile(valid)).resolves.toBeDefined();
		expect(cases.length).toBeGreaterThanOrEqual(60);
	});

	it.each(cases)('refuses $name', async ({ bytes, expected }) => {
		const error = await decodeWorkspaceFile(bytes).then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(WorkspaceFileError);
		expect(expected).toContain((error as WorkspaceFileError).problem);
		expect(changes).toEqual([]);
		expect(Y.encodeStateAsUpdateV2(target)).toEqual(before);
	});
});
