import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
	CHECK_SHARE,
	checkGenuineMessage,
	emptyStats,
	type Faults,
	type NetworkRandom
} from './network-faults';

export { emptyStats, type Faults, type NetworkRandom, type NetworkStats } from './network-faults';

/**
 * An in-memory network of workspace copies that talk the way y-webrtc makes them talk: every local
 * change is broadcast as a sync "update" message, and two copies that (re)connect exchange sync
 * step 1 (their state vector) and answer with sync step 2 (what the other lacks), as y-protocols
 * encodes them. The network drops, duplicates, delays and reorders messages, and partitions and heals.
 * Copies join it as they open (`add`); a `MemorySync` is one copy's view of it.
 * What a copy writes during one action of a person (`together`: a typed phrase is a transaction
 * per keystroke, as under the editor) leaves as one message, as a phrase typed in the second a
 * campaign takes for it would reach others.
 */

/**
 * One workspace copy on the network: a document, whether it is online, and the group (side of a
 * partition) it is in; it reaches the copies online in its group.
 */
export interface Peer {
	readonly index: number;
	readonly doc: Y.Doc;
	group: number;
	online: boolean;
	/** Takes the copy off the network for good. */
	leave?: () => void;
	left?: true;
}

interface Message {
	from: number;
	to: number;
	bytes: Uint8Array;
	deliverAt: number;
	seq: number;
}

const NO_FAULTS: Faults = { drop: 0, duplicate: 0, maxDelay: 0 };

/** The network between copies in one process; the seeded `random` decides every fault. */
export class MemoryNetwork {
	readonly peers: Peer[] = [];
	readonly stats = emptyStats();
	#queue: Message[] = [];
	#now = 0;
	#seq = 0;
	#faults: Faults;
	readonly #random: NetworkRandom;
	readonly #listeners = new Set<() => void>();
	/** The pairs `to <- from` in which `to` has had `from`'s sync step 2 since they met. */
	readonly #answered = new Set<string>();
	/** The updates of the copy whose action is under way, to send as one. */
	#held: { index: number; updates: Uint8Array[] } | null = null;

	constructor(random: NetworkRandom, faults: Faults = NO_FAULTS) {
		this.#random = random;
		this.#faults = faults;
	}

	/**
	 * Puts a copy on the network, in the first group and offline until `setOnline`; the changes
	 * the network applies to it come with its `Peer` as origin.
	 */
	add(doc: Y.Doc): Peer {
		const index = this.peers.length;
		const peer: Peer = { index, doc, group: 0, online: false };
		this.peers.push(peer);
		const onUpdate = (update: Uint8Array, origin: unknown) => {
			if (origin === peer || peer.left) return;
			if (this.#held?.index === index) this.#held.updates.push(update);
			else this.#broadcastUpdate(index, update);
		};
		doc.on('update', onUpdate);
		peer.leave = () => {
			doc.off('update', onUpdate);
			peer.left = true;
			this.#moved();
		};
		return peer;
	}

	/** Calls `listener` whenever who can reach whom, or what is in flight, may have changed. */
	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#moved(): void {
		for (const listener of [...this.#listeners]) listener();
	}

	/** Runs one action of a copy; what it writes is broadcast as one message when it ends. */
	together<T>(index: number, action: () => T): T {
		this.#held = { index, updates: [] };
		try {
			return action();
		} finally {
			const { updates } = this.#held;
			this.#held = null;
			if (updates.length > 0) this.#broadcastUpdate(index, Y.mergeUpdates(updates));
		}
	}

	#broadcastUpdate(index: number, update: Uint8Array): void {
		const encoder = encoding.createEncoder();
		syncProtocol.writeUpdate(encoder, update);
		this.#broadcast(index, encoding.toUint8Array(encoder));
	}

	/** Messages still in flight. */
	get inFlight(): number {
		return this.#queue.length;
	}

	/** Whether two copies can currently reach each other. */
	connected(a: number, b: number): boolean {
		const [one, other] = [this.peers[a]!, this.peers[b]!];
		return one.group === other.group && one.online && other.online && !one.left && !other.left;
	}

	/**
	 * Whether a copy holds what every copy it reaches had when they met: each has answered its
	 * sync step 1 since they last (re)connected, as y-webrtc's `synced` says of each peer.
	 */
	inStep(index: number): boolean {
		return this.peers.every(
			(other) =>
				other.index === index ||
				!this.connected(index, other.index) ||
				this.#answered.has(pairKey(index, other.index))
		);
	}

	/** Takes a copy offline, or online again; copies it meets start with sync step 1. */
	setOnline(index: number, online: boolean): void {
		this.#reconnect(() => (this.peers[index]!.online = online));
	}

	/**
	 * Splits the copies into `groups` random groups; messages between groups are lost. Copies that
	 * find themselves together again meet with sync step 1, as peers that connect do.
	 */
	partition(groups: number): void {
		this.#regroup(this.peers.map(() => this.#random.int(0, groups - 1)));
	}

	/** Joins every copy into one group again; copies that meet again start with sync step 1. */
	heal(): void {
		this.#regroup(this.peers.map(() => 0));
	}

	#regroup(groups: readonly number[]): void {
		this.#reconnect(() => this.peers.forEach((peer, i) => (peer.group = groups[i]!)));
	}

	/** Changes who reaches whom; copies that reach each other anew start with sync step 1. */
	#reconnect(change: () => void): void {
		const before = this.peers.map((a) => this.peers.map((b) => this.connected(a.index, b.index)));
		change();
		for (const a of this.peers)
			for (const b of this.peers)
				if (a !== b && !before[a.index]![b.index] && this.connected(a.index, b.index)) {
					this.#answered.delete(pairKey(a.index, b.index));
					this.#syncStep1(a.index, b.index);
				}
		this.#moved();
	}

	/** Moves time on by one tick and delivers, in random order, every message that is due. */
	tick(): void {
		this.#now++;
		const due = this.#queue.filter((m) => m.deliverAt <= this.#now);
		if (due.length === 0) return;
		this.#queue = this.#queue.filter((m) => m.deliverAt > this.#now);
		for (let i = due.length - 1; i > 0; i--) {
			const j = this.#random.int(0, i);
			[due[i], due[j]] = [due[j]!, due[i]!];
		}
		for (const message of due) this.#deliver(message, due);
		this.#moved();
	}

	/**
	 * The end of a scenario: faults stop, every copy still on the network is online in one group,
	 * messages in flight arrive, and
	 * rounds of anti-entropy (sync step 1 between every pair) run until every copy has the same
	 * state vector and nothing pending. Returns the rounds it took; throws when the copies are still
	 * apart after `maxRounds`.
	 */
	settle(maxRounds = 10): number {
		this.#faults = NO_FAULTS;
		this.#reconnect(() => this.peers.forEach((peer) => ((peer.online = true), (peer.group = 0))));
		this.drain();
		// Deletions do not show in state vectors: at least one full round, whatever they say.
		for (let round = 1; round <= maxRounds; round++) {
			for (const a of this.peers)
				for (const b of this.peers)
					if (a !== b && this.connected(a.index, b.index)) this.#syncStep1(a.index, b.index);
			this.drain();
			if (this.#quiescent()) return round;
		}
		throw new Error(`The copies were still apart after ${maxRounds} rounds of anti-entropy.`);
	}

	#quiescent(): boolean {
		const present = this.peers.filter((peer) => !peer.left);
		if (present.length === 0) return true;
		const first = Y.encodeStateVector(present[0]!.doc);
		return present.every(
			({ doc }) =>
				doc.store.pendingStructs === null &&
				doc.store.pendingDs === null &&
				sameBytes(Y.encodeStateVector(doc), first)
		);
	}

	/** Delivers everything in flight (and what it answers), with the faults of the moment. */
	drain(): void {
		while (this.#queue.length > 0) this.tick();
	}

	#syncStep1(from: number, to: number): void {
		const encoder = encoding.createEncoder();
		syncProtocol.writeSyncStep1(encoder, this.peers[from]!.doc);
		this.#send(from, to, encoding.toUint8Array(encoder));
	}

	#broadcast(from: number, bytes: Uint8Array): void {
		for (const peer of this.peers) {
			if (peer.index === from) continue;
			if (this.connected(from, peer.index)) this.#send(from, peer.index, bytes);
			else this.stats.partitioned++;
		}
	}

	#send(from: number, to: number, bytes: Uint8Array): void {
		const faults = this.#faults;
		this.stats.sent++;
		if (this.#random.chance(faults.drop)) {
			this.stats.dropped++;
			return;
		}
		const copies = this.#random.chance(faults.duplicate) ? 2 : 1;
		if (copies === 2) this.stats.duplicated++;
		const seq = ++this.#seq;
		for (let i = 0; i < copies; i++) {
			const deliverAt = this.#now + 1 + this.#random.int(0, faults.maxDelay);
			this.#queue.push({ from, to, bytes, deliverAt, seq });
		}
	}

	#deliver(message: Message, batch: readonly Message[]): void {
		const { from, to, seq } = message;
		const earlier = (m: Message) => m.from === from && m.to === to && m.seq < seq;
		if (this.#queue.some(earlier) || batch.slice(batch.indexOf(message) + 1).some(earlier))
			this.stats.reordered++;
		// A copy that has lost its connection never gets what was in flight to it.
		if (!this.connected(from, to)) {
			this.stats.partitioned++;
			return;
		}
		this.stats.delivered++;
		const peer = this.peers[to]!;
		if (this.#random.chance(CHECK_SHARE)) checkGenuineMessage(message.bytes);
		const reply = encoding.createEncoder();
		const kind = syncProtocol.readSyncMessage(
			decoding.createDecoder(message.bytes),
			reply,
			peer.doc,
			peer,
			(error) => {
				throw error;
			}
		);
		if (kind === syncProtocol.messageYjsSyncStep2) this.#answered.add(pairKey(to, from));
		if (encoding.length(reply) > 0) this.#send(to, from, encoding.toUint8Array(reply));
	}
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** The key of what copy `to` has had from copy `from`. */
function pairKey(to: number, from: number): string {
	return `${to}<-${from}`;
}
