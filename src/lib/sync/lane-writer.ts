import * as Y from 'yjs';
import { burstUpdate } from '../doc';
import type { DeviceKeys } from '../trust/device-keys';
import { laneClientId, MAX_LANE, signEnvelope } from '../trust/envelope';

/** When a burst of this session's changes is signed and sent (milliseconds). */
export interface BurstTiming {
	/** Typing stopped this long: the burst is over. */
	pauseMs: number;
	/** However long someone types on, others see their text at least this often. */
	maxMs: number;
}

/** Others see a pause's worth of typing at once, and never wait more than a second. */
export const DEFAULT_BURST: BurstTiming = { pauseMs: 250, maxMs: 1000 };

/** What a lane writer needs: the document, the device's keys, where envelopes go. */
export interface LaneWriterOptions {
	doc: Y.Doc;
	keys: DeviceKeys;
	workspaceId: string;
	/** Whether a transaction's origin is this session's own writing (not a peer's, not a load). */
	isLocal(origin: unknown): boolean;
	/** Receives each envelope, in the lane's order, once signed. */
	send(envelope: Uint8Array): void;
	/** Told when an envelope could not be signed: what it held reaches nobody. */
	onError?(error: unknown): void;
	/** The lane to write in: random unless given (tests). */
	lane?: number;
	timing?: BurstTiming;
}

/** A fresh lane number for a session (32 bits, never the migration base's 0). */
export function newLane(): number {
	const [n] = crypto.getRandomValues(new Uint32Array(1));
	return Math.max(1, n! % MAX_LANE);
}

/**
 * This session's lane: it writes the document under the lane's client id, gathers the session's
 * own transactions into bursts, and signs each burst as the lane's next envelope, in order.
 */
export class LaneWriter {
	readonly lane: number;
	readonly #options: LaneWriterOptions;
	readonly #timing: BurstTiming;
	#seq = 0;
	#since: number;
	#pending: Uint8Array[] = [];
	#pause: ReturnType<typeof setTimeout> | undefined;
	#deadline: ReturnType<typeof setTimeout> | undefined;
	/** The signing so far, so that envelopes leave in their lane's order. */
	#signed: Promise<void> = Promise.resolve();
	readonly #onUpdate = (update: Uint8Array, origin: unknown) => this.#took(update, origin);

	constructor(options: LaneWriterOptions) {
		this.#options = options;
		this.#timing = options.timing ?? DEFAULT_BURST;
		this.lane = options.lane ?? newLane();
		const { doc, keys } = options;
		doc.clientID = laneClientId(keys.signingPublic, this.lane);
		this.#since = Y.getState(doc.store, doc.clientID);
		doc.on('update', this.#onUpdate);
	}

	/** How many envelopes this lane has signed or is signing. */
	get count(): number {
		return this.#seq;
	}

	#took(update: Uint8Array, origin: unknown): void {
		if (!this.#options.isLocal(origin)) return;
		this.#pending.push(update);
		clearTimeout(this.#pause);
		this.#pause = setTimeout(() => void this.flush(), this.#timing.pauseMs);
		this.#deadline ??= setTimeout(() => void this.flush(), this.#timing.maxMs);
	}

	/** Signs and sends what this session wrote since the last envelope; resolves once sent. */
	flush(): Promise<void> {
		clearTimeout(this.#pause);
		clearTimeout(this.#deadline);
		this.#pause = this.#deadline = undefined;
		if (this.#pending.length === 0) return this.#signed;
		const { doc, keys, workspaceId, send } = this.#options;
		const update = burstUpdate(doc, this.#since, this.#pending);
		this.#since = Y.getState(doc.store, doc.clientID);
		this.#pending = [];
		const at = { lane: this.lane, seq: ++this.#seq };
		const signing = signEnvelope(keys, workspaceId, at, update);
		this.#signed = this.#signed.then(async () => {
			try {
				send(await signing);
			} catch (error) {
				console.error('Concord: a change could not be signed', error);
				this.#options.onError?.(error);
			}
		});
		return this.#signed;
	}

	/** Sends what is pending and stops listening. */
	async close(): Promise<void> {
		this.#options.doc.off('update', this.#onUpdate);
		await this.flush();
	}
}
