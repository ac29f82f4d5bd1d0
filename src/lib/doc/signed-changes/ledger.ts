import { toHexString } from 'lib0/buffer';
import * as Y from 'yjs';
import { laneClientId, readEnvelope, signatureHolds, type Envelope } from '../../trust/envelope';
import { rosterLog, rosterOf, roleAt, type RosterView } from '../roster';
import { touchesOf } from './touches';
import { mayWrite } from './write-rules';

/**
 * What became of an envelope: its change is now in the document; it was counted before; it waits
 * (for an earlier change of its lane, for what it builds on, or for its signer to join); or it is
 * refused. A refused envelope whose signature holds still takes its place in its lane (`kept`),
 * so that the lane's later changes can be judged, and is passed on like any other.
 */
export type EnvelopeVerdict =
	| { kind: 'applied' }
	| { kind: 'duplicate' }
	| { kind: 'waiting'; reason: string }
	| { kind: 'refused'; reason: string; kept: boolean };

/** An envelope's verdict, with the bytes it was given as. */
export interface Judged {
	bytes: Uint8Array;
	verdict: EnvelopeVerdict;
}

/** The lane of the signed base a workspace migrates from: written once, by a facilitator. */
export const BASE_LANE = 0;
/** The most envelopes kept waiting at once; more are refused until some are judged. */
export const MAX_WAITING = 10_000;
/** The most that wait for one signer, so that one device cannot fill the room for all. */
export const MAX_WAITING_PER_SIGNER = 1_000;

/** The origin of the transactions a ledger applies changes in. */
export const LEDGER_ORIGIN = Symbol('signed change');

/** What a ledger tells its owner. */
export interface LedgerOptions {
	/** An envelope was counted (applied or kept): the bytes to store and pass on. */
	onCounted?(bytes: Uint8Array): void;
}

const laneKey = (e: Envelope) => `${toHexString(e.signer)}:${e.lane}`;
const sameBytes = (a: Uint8Array, b: Uint8Array) =>
	a.length === b.length && a.every((byte, i) => byte === b[i]);

/**
 * The signed changes of one workspace document on this copy: it judges every envelope, however
 * it came, by the same rules as every other copy (`trust/README.md`), applies those that hold, and
 * keeps every counted envelope as it came, to pass on to copies that lack it.
 */
export class ChangeLedger {
	/** Counted envelopes by lane (`signer:lane`), the one numbered n at n - 1. */
	readonly #lanes = new Map<string, Uint8Array[]>();
	readonly #waiting = new Map<string, Uint8Array>();
	/** How many of the waiting envelopes each signer (hex) has. */
	readonly #waitingBy = new Map<string, number>();
	#roster: RosterView | null = null;

	constructor(
		private readonly doc: Y.Doc,
		private readonly workspaceId: string,
		private readonly root: Uint8Array,
		private readonly options: LedgerOptions = {}
	) {
		rosterLog(doc).observe(() => (this.#roster = null));
	}

	/** The roster as this copy's log describes it now. */
	get roster(): RosterView {
		return (this.#roster ??= rosterOf(this.doc, this.workspaceId, this.root));
	}

	/** How far each lane has been counted here: what to tell a peer when catching up. */
	vector(): Map<string, number> {
		return new Map([...this.#lanes].map(([lane, list]) => [lane, list.length]));
	}

	/** The counted envelopes a copy at `theirs` lacks, in each lane's order. */
	missingFor(theirs: ReadonlyMap<string, number>): Uint8Array[] {
		return [...this.#lanes].flatMap(([lane, list]) => list.slice(theirs.get(lane) ?? 0));
	}

	/** Envelopes waiting here, for the log. */
	get waitingCount(): number {
		return this.#waiting.size;
	}

	/**
	 * Judges an envelope and applies its change if it holds; then judges again what was waiting,
	 * since it may now hold. Returns every verdict reached, this envelope's first. Never throws.
	 * `checked`: this device verified its signature before (it comes from this device's store).
	 */
	receive(bytes: Uint8Array, checked = false): Judged[] {
		const judged = [{ bytes, verdict: this.#judge(bytes, checked) }];
		if (judged[0]!.verdict.kind !== 'applied' && judged[0]!.verdict.kind !== 'refused')
			return judged;
		for (let progress = true; progress;) {
			progress = false;
			for (const [key, waiting] of [...this.#waiting]) {
				this.#unwait(key, waiting);
				// Everything waiting had its signature checked before it waited.
				const verdict = this.#judge(waiting, true);
				if (verdict.kind === 'waiting') continue;
				judged.push({ bytes: waiting, verdict });
				progress = true;
			}
		}
		return judged;
	}

	#judge(bytes: Uint8Array, checked = false): EnvelopeVerdict {
		const read = readEnvelope(bytes);
		if (!read.ok) return { kind: 'refused', reason: `unreadable: ${read.reason}`, kept: false };
		const envelope = read.envelope;
		const lane = this.#lanes.get(laneKey(envelope)) ?? [];
		const counted = lane[envelope.seq - 1];
		if (counted && sameBytes(counted, bytes)) return { kind: 'duplicate' };
		if (!checked && !signatureHolds(envelope, this.workspaceId))
			return { kind: 'refused', reason: 'its signature does not hold', kept: false };
		if (counted)
			return { kind: 'refused', reason: 'another change already has its number', kept: false };
		if (envelope.seq > lane.length + 1)
			return this.#wait(bytes, envelope, 'an earlier change of its lane is missing');
		return this.#count(bytes, envelope, lane);
	}

	#wait(bytes: Uint8Array, envelope: Envelope, reason: string): EnvelopeVerdict {
		const key = `${laneKey(envelope)}:${envelope.seq}`;
		const signer = toHexString(envelope.signer);
		if (!this.#waiting.has(key)) {
			const theirs = this.#waitingBy.get(signer) ?? 0;
			if (this.#waiting.size >= MAX_WAITING || theirs >= MAX_WAITING_PER_SIGNER)
				return { kind: 'refused', reason: 'too many changes are waiting', kept: false };
			this.#waitingBy.set(signer, theirs + 1);
		}
		this.#waiting.set(key, bytes);
		return { kind: 'waiting', reason };
	}

	/** Takes an envelope out of the waiting ones, to be judged again. */
	#unwait(key: string, bytes: Uint8Array): void {
		this.#waiting.delete(key);
		const read = readEnvelope(bytes);
		if (!read.ok) return;
		const signer = toHexString(read.envelope.signer);
		const left = (this.#waitingBy.get(signer) ?? 1) - 1;
		if (left > 0) this.#waitingBy.set(signer, left);
		else this.#waitingBy.delete(signer);
	}

	/** Judges the next envelope of its lane by the roster, and counts it: applied or refused. */
	#count(bytes: Uint8Array, envelope: Envelope, lane: Uint8Array[]): EnvelopeVerdict {
		const signer = toHexString(envelope.signer);
		const { roster } = this;
		let touches;
		try {
			touches = touchesOf(this.doc, envelope.update);
		} catch {
			return this.#keep(bytes, envelope, lane, 'its change is not a readable update');
		}
		if (!touches.ok) return this.#wait(bytes, envelope, touches.reason);
		const role = roleAt(roster, signer, envelope.lane, envelope.seq);
		const rules = mayWrite(role, touches.touches);
		if (!rules.ok) {
			// Someone not in the group yet may be added soon: what they wrote waits for that.
			if (!roster.timelines.has(signer)) return this.#wait(bytes, envelope, rules.reason);
			return this.#keep(bytes, envelope, lane, rules.reason);
		}
		const own = laneClientId(envelope.signer, envelope.lane);
		const base = envelope.lane === BASE_LANE && envelope.seq === 1 && role === 'facilitator';
		if (!base && [...touches.clients.keys()].some((client) => client !== own))
			return this.#keep(bytes, envelope, lane, "it writes under another lane's client id");
		// A lane's items follow on from its last: an update that skips clocks, or claims ones
		// already held, would be parked or half ignored by Yjs, not judged as it reads.
		for (const [client, first] of touches.clients)
			if (first !== Y.getState(this.doc.store, client) || touches.gaps)
				return this.#keep(bytes, envelope, lane, 'it does not follow on from its lane');
		try {
			Y.applyUpdate(this.doc, envelope.update, LEDGER_ORIGIN);
		} catch {
			return this.#keep(bytes, envelope, lane, 'its change could not be applied');
		}
		lane.push(bytes);
		this.#lanes.set(laneKey(envelope), lane);
		this.options.onCounted?.(bytes);
		return { kind: 'applied' };
	}

	/** Counts a well-signed envelope in its lane without applying its change. */
	#keep(bytes: Uint8Array, envelope: Envelope, lane: Uint8Array[], reason: string) {
		lane.push(bytes);
		this.#lanes.set(laneKey(envelope), lane);
		this.options.onCounted?.(bytes);
		console.warn(`Concord: refused a signed change: ${reason}`);
		return { kind: 'refused', reason, kept: true } as const;
	}
}
