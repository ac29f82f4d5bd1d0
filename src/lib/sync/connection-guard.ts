import { MAX_UPDATE_BYTES } from '../doc';
import { Reassembler } from './chunks';
import { parsePeerMessage, type PeerMessage, type PeerMessageKind } from './peer-message';
import type { PassedUpdates } from './passed-updates';
import { PresenceLane } from './presence-lane';
import { TokenBucket } from '../../shared/token-bucket';
import type { UpdateValidator } from './update-validator';

/** What a peer may send per second, on average and in a burst, for each kind of message. */
export const PEER_RATES: Record<PeerMessageKind, { perSecond: number; burst: number }> = {
	// Each keystroke of each person is one update; a burst covers pasting and undoing quickly.
	update: { perSecond: 200, burst: 1000 },
	'sync-step-2': { perSecond: 2, burst: 10 },
	// Answering a first sync step encodes the document's missing part: costly, needed once.
	'sync-step-1': { perSecond: 2, burst: 10 },
	// Presence changes with every caret move; what waits is merged, one message for everyone.
	awareness: { perSecond: 30, burst: 30 },
	'query-awareness': { perSecond: 1, burst: 5 }
};

/**
 * How much presence a peer may send, on average and at once, before it is flooding: well above
 * what a member relays in a large room (everyone's caret, a few times a second each), far below a
 * flood. Measured as it arrives, so that a fast page spots a flood as surely as a busy one.
 */
export const PRESENCE_ARRIVALS = { perSecond: 500, burst: 1000 };

/**
 * A peer with this many messages waiting (or this many bytes) is flooding: it is disconnected
 * rather than having its messages dropped, since later updates build on earlier ones.
 */
export const MAX_WAITING_MESSAGES = 2000;
/** See `MAX_WAITING_MESSAGES`: the waiting bytes allowed, a few of the largest updates. */
export const MAX_WAITING_BYTES = 256 * 1024 * 1024;
/** Refused messages logged per connection; a flood of bad ones must not flood the console. */
const LOGGED_REFUSALS = 20;

/** The part of a data channel peer (simple-peer's) that the guard uses. */
export interface GuardedPeer {
	on(event: 'data', listener: (data: Uint8Array) => void): unknown;
	listeners(event: 'data'): ((data: Uint8Array) => void)[];
	removeListener(event: 'data', listener: (data: Uint8Array) => void): unknown;
	destroy(): void;
}

/** Options of a connection guard; `now` and the rates are for tests. */
export interface ConnectionGuardOptions {
	validator: UpdateValidator;
	/** Called once when the peer is disconnected for what it sent. */
	onBlocked?: (reason: string) => void;
	rates?: typeof PEER_RATES;
	now?: () => number;
	label?: string;
	/** Called when a change from the peer was refused: this copy may now lack what builds on it. */
	onChangeRefused?: () => void;
	/** Called when the peer's answer to a request for what this copy lacks was passed on. */
	onCaughtUp?: () => void;
	/** The changes already passed on from this room's peers: the same again is dropped unchecked. */
	passed?: PassedUpdates;
}

/** A message waiting to be passed on; `verdict` once it is within its rate and being checked. */
type Waiting = { data: Uint8Array; message: PeerMessage; verdict?: Promise<string | null> };

/**
 * How many of one peer's messages are checked ahead of their turn to be passed on: enough that
 * checking never waits on the page, few enough that one peer cannot crowd out the others.
 */
const CHECKED_AHEAD = 8;

/**
 * Stands between one peer's data channel and the sync library: every message is read, its update
 * checked (off the page), and passed on within the peer's rate: document changes in arrival order,
 * presence apart from them and merged while it waits (see `PresenceLane`). Bad messages are logged
 * and dropped, and a peer that keeps flooding is disconnected.
 */
export class ConnectionGuard {
	readonly #peer: GuardedPeer;
	readonly #deliver: ((data: Uint8Array) => void)[];
	readonly #options: ConnectionGuardOptions;
	readonly #now: () => number;
	readonly #buckets: Map<PeerMessageKind, TokenBucket>;
	readonly #waiting: Waiting[] = [];
	readonly #presence = new PresenceLane();
	readonly #presenceArrivals: TokenBucket;
	#waitingBytes = 0;
	/** How many of the first waiting messages have their check started. */
	#admitted = 0;
	#busy = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#presenceTimer: ReturnType<typeof setTimeout> | undefined;
	#refusals = 0;
	#blocked = false;
	// Room for the largest update and its message framing.
	readonly #pieces = new Reassembler(MAX_UPDATE_BYTES + 1024);

	/** Takes over the peer's `data` listeners (added by the sync library) and guards them. */
	constructor(peer: GuardedPeer, options: ConnectionGuardOptions) {
		this.#peer = peer;
		this.#options = options;
		this.#now = options.now ?? (() => performance.now());
		const rates = options.rates ?? PEER_RATES;
		const now = this.#now();
		this.#buckets = new Map(
			Object.entries(rates).map(([kind, r]) => [
				kind as PeerMessageKind,
				new TokenBucket(r.perSecond, r.burst, now)
			])
		);
		this.#presenceArrivals = new TokenBucket(
			PRESENCE_ARRIVALS.perSecond,
			PRESENCE_ARRIVALS.burst,
			now
		);
		this.#deliver = peer.listeners('data').slice();
		// Listen first so the stream keeps flowing, then take the library's listeners off.
		peer.on('data', (data) => this.#receive(data));
		for (const listener of this.#deliver) peer.removeListener('data', listener);
	}

	/** Whether this peer was disconnected for what it sent. */
	get blocked(): boolean {
		return this.#blocked;
	}

	/** Disconnects the peer and drops what it sent and is still waiting; `reason` is logged. */
	block(reason: string, log = true): void {
		if (this.#blocked) return;
		this.#blocked = true;
		clearTimeout(this.#timer);
		this.#waiting.length = 0;
		this.#admitted = 0;
		this.#waitingBytes = 0;
		this.#presence.clear();
		clearTimeout(this.#presenceTimer);
		if (log) console.warn(`Concord: disconnected ${this.#options.label ?? 'a peer'}: ${reason}`);
		this.#options.onBlocked?.(reason);
		// Later, so that whoever is creating or signalling the connection finishes first.
		setTimeout(() => this.#peer.destroy(), 0);
	}

	/** Stops passing messages on (the connection is closing). */
	stop(): void {
		this.#blocked = true;
		clearTimeout(this.#timer);
		clearTimeout(this.#presenceTimer);
		this.#waiting.length = 0;
		this.#admitted = 0;
		this.#presence.clear();
	}

	#receive(piece: Uint8Array) {
		if (this.#blocked) return;
		const arrived = this.#pieces.take(piece);
		if (arrived.kind === 'pending') return;
		if (arrived.kind === 'refused') {
			this.block(arrived.reason);
			return;
		}
		const { data } = arrived;
		const parsed = parsePeerMessage(data);
		if (!parsed.ok) return this.#refuse(parsed.reason);
		const { message } = parsed;
		if (this.#alreadyPassed(data, message)) return;
		if (message.kind === 'awareness' || message.kind === 'query-awareness') {
			if (!this.#presenceArrivals.take(this.#now())) {
				this.block(
					`it sent presence faster than allowed (over ${PRESENCE_ARRIVALS.perSecond} a second)`
				);
			} else if (!this.#presence.add(data)) {
				this.block('its presence speaks for too many people');
			} else this.#passPresence();
			return;
		}
		this.#waiting.push({ data, message });
		this.#waitingBytes += data.length;
		if (this.#waiting.length > MAX_WAITING_MESSAGES || this.#waitingBytes > MAX_WAITING_BYTES) {
			this.block(`it sent faster than allowed (${this.#waiting.length} messages waiting)`);
			return;
		}
		this.#admit();
		void this.#pump();
	}

	/**
	 * Starts the checks of the waiting messages that are within their rate, a few ahead of the
	 * one to pass on next; when the rate is spent, comes back once it allows the next.
	 */
	#admit() {
		while (
			!this.#blocked &&
			this.#admitted < this.#waiting.length &&
			this.#admitted < CHECKED_AHEAD &&
			this.#timer === undefined
		) {
			const entry = this.#waiting[this.#admitted]!;
			if (this.#alreadyPassed(entry.data, entry.message)) {
				// The same bytes passed the checks before: no need to check, nor to count them.
				entry.verdict = Promise.resolve(null);
			} else {
				const bucket = this.#buckets.get(entry.message.kind)!;
				if (!bucket.take(this.#now())) {
					this.#timer = setTimeout(() => {
						this.#timer = undefined;
						void this.#pump();
					}, bucket.wait(this.#now()));
					return;
				}
				entry.verdict = this.#check(entry.message);
			}
			this.#admitted++;
		}
	}

	/** Passes on the document's changes in arrival order, each once checked. */
	async #pump() {
		if (this.#busy) return;
		this.#busy = true;
		try {
			this.#admit();
			while (!this.#blocked && this.#admitted > 0) {
				const { data, message, verdict } = this.#waiting[0]!;
				const problem = await verdict!;
				if (this.#blocked) return;
				this.#shift();
				this.#admitted--;
				// The same change may have come through another peer while this one waited.
				if (!this.#alreadyPassed(data, message)) {
					if (problem) {
						this.#refuse(problem);
						this.#options.onChangeRefused?.();
					} else {
						this.#pass(data);
						if (message.kind === 'update') this.#options.passed?.add(data);
						if (message.kind === 'sync-step-2') this.#options.onCaughtUp?.();
					}
				}
				this.#admit();
			}
		} finally {
			this.#busy = false;
		}
	}

	/** Passes on waiting presence within its rate: one merged message each time. */
	#passPresence() {
		if (this.#blocked || this.#presenceTimer !== undefined) return;
		while (this.#presence.waiting) {
			const kind = this.#presence.nextIsQuery ? 'query-awareness' : 'awareness';
			const bucket = this.#buckets.get(kind)!;
			if (!bucket.take(this.#now())) {
				this.#presenceTimer = setTimeout(() => {
					this.#presenceTimer = undefined;
					this.#passPresence();
				}, bucket.wait(this.#now()));
				return;
			}
			this.#pass(this.#presence.take()!);
		}
	}

	/** A change relayed by several peers needs checking and applying once (see `PassedUpdates`). */
	#alreadyPassed(data: Uint8Array, message: PeerMessage): boolean {
		return message.kind === 'update' && (this.#options.passed?.has(data) ?? false);
	}

	async #check(message: PeerMessage): Promise<string | null> {
		if (!message.update) return null;
		const verdict = await this.#options.validator.check(message.update, 'v1');
		return verdict.ok ? null : `${message.kind} ${verdict.reason} (${verdict.detail})`;
	}

	#shift() {
		const head = this.#waiting.shift();
		if (head) this.#waitingBytes -= head.data.length;
	}

	#refuse(reason: string) {
		this.#refusals++;
		if (this.#refusals <= LOGGED_REFUSALS) {
			console.warn(`Concord: ignored a message from ${this.#options.label ?? 'a peer'}: ${reason}`);
		} else if (this.#refusals === LOGGED_REFUSALS + 1) {
			console.warn('Concord: further ignored messages from this peer are not logged');
		}
	}

	#pass(data: Uint8Array) {
		for (const listener of this.#deliver) {
			try {
				listener.call(this.#peer, data);
			} catch (error) {
				console.warn('Concord: a message from a peer could not be applied', error);
			}
		}
	}
}
