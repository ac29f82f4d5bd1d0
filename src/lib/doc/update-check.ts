/**
 * Checking a Yjs update from outside (a peer, a file) before it may touch a workspace: decoding
 * whose work is bounded by the update's size, exact framing, sane deletions, and a trial apply to
 * a scratch document. Pure and synchronous, so it runs in a worker, on the page or in Node.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** The encoding an update claims: Yjs's original one or the denser version 2. */
export type UpdateFormat = 'v1' | 'v2';

/**
 * The largest single update accepted from a peer (64 MiB). A workspace with years of history and
 * every version kept measures a few megabytes (see the history benchmark); the first sync of a
 * copy carries all of it in one message, so the limit leaves an order of magnitude of headroom
 * while refusing what would exhaust a page's memory.
 */
export const MAX_UPDATE_BYTES = 64 * 1024 * 1024;

/** Why an update was refused. */
export type UpdateRejection =
	| 'not-bytes'
	| 'empty'
	| 'too-large'
	| 'malformed'
	| 'trailing-bytes'
	| 'too-complex'
	| 'overlapping-deletions'
	| 'timed-out';

/** The outcome of a check: accepted, or refused with a reason and a detail for the log. */
export type UpdateVerdict = { ok: true } | { ok: false; reason: UpdateRejection; detail: string };

/** Thrown by a bounded decoder when an update asks for more work than its size can justify. */
class BudgetExceeded extends Error {
	constructor() {
		super('more decoding work than the update size allows');
	}
}

const DECODER_METHODS = [
	'readClient',
	'readInfo',
	'readLen',
	'readString',
	'readAny',
	'readBuf',
	'readJSON',
	'readKey',
	'readParentInfo',
	'readTypeRef',
	'readLeftID',
	'readRightID',
	'readDsClock',
	'readDsLen'
] as const;

type DecoderClass = typeof Y.UpdateDecoderV1 | typeof Y.UpdateDecoderV2;
type Bounded = { budget: number; restDecoder: decoding.Decoder };

/** The last bounded decoder created; decoding is synchronous, so it is the one just used. */
let lastDecoder: Bounded | null = null;

/**
 * A Yjs update decoder that counts every value it reads against a budget proportional to the
 * update's size. Run-length encoding lets a few bytes claim billions of structs (version 2), so
 * without a budget decoding may loop or allocate without end; real updates stay far below it.
 */
function boundedDecoder(Base: DecoderClass): DecoderClass {
	const Decoder = class extends (Base as typeof Y.UpdateDecoderV2) {
		budget: number;
		constructor(decoder: decoding.Decoder) {
			super(decoder);
			this.budget = decoder.arr.length * 8 + 4096;
			lastDecoder = this as unknown as Bounded;
		}
	};
	const proto = Decoder.prototype as unknown as Record<string, unknown>;
	const baseProto = Base.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
	for (const name of DECODER_METHODS) {
		const read = baseProto[name]!;
		proto[name] = function (this: Bounded, ...args: unknown[]) {
			if (--this.budget < 0) throw new BudgetExceeded();
			return read.apply(this, args);
		};
	}
	return Decoder as DecoderClass;
}

/** Bounded decoders for each format, for callers that apply an already checked update. */
export const BOUNDED_DECODER: Record<UpdateFormat, DecoderClass> = {
	v1: boundedDecoder(Y.UpdateDecoderV1),
	v2: boundedDecoder(Y.UpdateDecoderV2)
};

const SCRATCH_GUID = 'concord-update-check';

const reject = (reason: UpdateRejection, detail: string): UpdateVerdict => ({
	ok: false,
	reason,
	detail
});

function deletionsOverlap(ds: ReturnType<typeof Y.decodeUpdate>['ds']): boolean {
	// Yjs writes delete ranges sorted and apart; overlapping ones would make applying quadratic.
	for (const ranges of ds.clients.values()) {
		let end = 0;
		for (const { clock, len } of ranges) {
			if (clock < end) return true;
			end = clock + len;
		}
	}
	return false;
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * Checks an update without touching any document but a scratch one of its own: refuses what is
 * not bytes, empty, over `maxBytes`, not decodable in `format`, followed by stray bytes, more
 * work than its size justifies, or failing to apply. Never throws.
 */
export function checkUpdate(
	update: unknown,
	format: UpdateFormat,
	maxBytes: number = MAX_UPDATE_BYTES
): UpdateVerdict {
	if (!(update instanceof Uint8Array)) return reject('not-bytes', typeof update);
	if (update.length === 0) return reject('empty', '0 bytes');
	if (update.length > maxBytes) return reject('too-large', `${update.length} bytes`);
	const Decoder = BOUNDED_DECODER[format];
	try {
		lastDecoder = null;
		const { ds } = Y.decodeUpdateV2(update, Decoder);
		const rest = lastDecoder as Bounded | null;
		if (rest && rest.restDecoder.pos !== rest.restDecoder.arr.length) {
			return reject('trailing-bytes', `${rest.restDecoder.arr.length - rest.restDecoder.pos}`);
		}
		if (deletionsOverlap(ds)) return reject('overlapping-deletions', 'delete set');
		// A fixed guid: the scratch document is never shared, and a random one (a UUID drawn per
		// character) costs more than checking a keystroke's update.
		const scratch = new Y.Doc({ gc: false, guid: SCRATCH_GUID });
		try {
			Y.applyUpdateV2(scratch, update, null, Decoder);
		} finally {
			scratch.destroy();
		}
		return { ok: true };
	} catch (error) {
		if (error instanceof BudgetExceeded) return reject('too-complex', describe(error));
		return reject('malformed', describe(error));
	}
}

/**
 * Checks a state vector (what a peer asks for in the first sync step): pairs of client id and
 * clock, nothing after them. Never throws.
 */
export function checkStateVector(bytes: unknown, maxBytes: number = 1024 * 1024): UpdateVerdict {
	if (!(bytes instanceof Uint8Array)) return reject('not-bytes', typeof bytes);
	if (bytes.length === 0) return reject('empty', '0 bytes');
	if (bytes.length > maxBytes) return reject('too-large', `${bytes.length} bytes`);
	try {
		const decoder = decoding.createDecoder(bytes);
		const count = decoding.readVarUint(decoder);
		if (count > bytes.length) return reject('malformed', `claims ${count} clients`);
		for (let i = 0; i < count; i++) {
			decoding.readVarUint(decoder);
			decoding.readVarUint(decoder);
		}
		if (decoding.hasContent(decoder)) return reject('trailing-bytes', 'after the clients');
		return { ok: true };
	} catch (error) {
		return reject('malformed', describe(error));
	}
}

/**
 * The one way an update from outside reaches a workspace: checked first, then applied as one
 * change made with `origin`. A refused update leaves `doc` exactly as it was.
 */
export function applyCheckedUpdate(
	doc: Y.Doc,
	update: unknown,
	format: UpdateFormat,
	origin: unknown,
	maxBytes: number = MAX_UPDATE_BYTES
): UpdateVerdict {
	const verdict = checkUpdate(update, format, maxBytes);
	if (!verdict.ok) return verdict;
	const Decoder = BOUNDED_DECODER[format];
	doc.transact(() => Y.applyUpdateV2(doc, update as Uint8Array, origin, Decoder), origin);
	return verdict;
}
