/**
 * Presence from one peer that waits for its rate, kept apart from the document's changes so that
 * carets never hold up text, and merged so that only each person's latest presence waits.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;

/** The most people one peer's waiting presence may speak for; more is a flood. */
export const MAX_PRESENT_PEOPLE = 1024;

type Entry = { clock: number; state: string };

/** Whether `next` supersedes `current`, as y-protocols' awareness decides it. */
function supersedes(next: Entry, current: Entry | undefined): boolean {
	if (!current) return true;
	if (next.clock !== current.clock) return next.clock > current.clock;
	return next.state === 'null' && current.state !== 'null';
}

/**
 * Presence messages waiting to be passed on: each person's latest state and whether presence was
 * asked for. Messages must have been read by `parsePeerMessage` first.
 */
export class PresenceLane {
	readonly #entries = new Map<number, Entry>();
	#queried = false;

	/** Whether anything waits. */
	get waiting(): boolean {
		return this.#queried || this.#entries.size > 0;
	}

	/** Adds a presence message or a query for presence; false when it speaks for too many people. */
	add(data: Uint8Array): boolean {
		const decoder = decoding.createDecoder(data);
		if (decoding.readVarUint(decoder) === MESSAGE_QUERY_AWARENESS) {
			this.#queried = true;
			return true;
		}
		const payload = decoding.createDecoder(decoding.readVarUint8Array(decoder));
		const count = decoding.readVarUint(payload);
		for (let i = 0; i < count; i++) {
			const client = decoding.readVarUint(payload);
			const entry = {
				clock: decoding.readVarUint(payload),
				state: decoding.readVarString(payload)
			};
			if (supersedes(entry, this.#entries.get(client))) this.#entries.set(client, entry);
		}
		return this.#entries.size <= MAX_PRESENT_PEOPLE;
	}

	/** Whether the next message to pass on is a query for presence (else presence itself). */
	get nextIsQuery(): boolean {
		return this.#queried;
	}

	/** Takes the next message to pass on: the query, or one presence message for everyone waiting. */
	take(): Uint8Array | null {
		if (this.#queried) {
			this.#queried = false;
			return Uint8Array.of(MESSAGE_QUERY_AWARENESS);
		}
		if (this.#entries.size === 0) return null;
		const payload = encoding.createEncoder();
		encoding.writeVarUint(payload, this.#entries.size);
		for (const [client, { clock, state }] of this.#entries) {
			encoding.writeVarUint(payload, client);
			encoding.writeVarUint(payload, clock);
			encoding.writeVarString(payload, state);
		}
		this.#entries.clear();
		const message = encoding.createEncoder();
		encoding.writeVarUint(message, MESSAGE_AWARENESS);
		encoding.writeVarUint8Array(message, encoding.toUint8Array(payload));
		return encoding.toUint8Array(message);
	}

	/** Forgets everything waiting. */
	clear(): void {
		this.#entries.clear();
		this.#queried = false;
	}
}
