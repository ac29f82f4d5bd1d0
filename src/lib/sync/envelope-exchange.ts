import { toHexString } from 'lib0/buffer';
import type { ChangeLedger, Judged } from '../doc';
import { readEnvelope } from '../trust/envelope';
import {
	envelopesMessages,
	lanesMessage,
	readEnvelopeMessage,
	type EnvelopeMessage
} from './envelope-messages';

/** A connected peer, as the exchange needs it. */
export interface ExchangePeer {
	readonly id: string;
	send(message: Uint8Array): void;
}

/** What the exchange tells about a peer's messages (the guard counts refusals). */
export interface EnvelopeExchangeOptions {
	/** A message that could not be read, or an envelope forged (its signature, its number). */
	onRefused?(peer: ExchangePeer, reason: string): void;
	/** A change of someone's was applied to the document. */
	onApplied?(judged: Judged): void;
}

const laneOf = (bytes: Uint8Array) => {
	const read = readEnvelope(bytes);
	return read.ok
		? { key: `${toHexString(read.envelope.signer)}:${read.envelope.lane}`, seq: read.envelope.seq }
		: null;
};

/**
 * Signed changes between this copy and its peers. On connecting, each side says how far it has
 * each lane; each answers with what the other lacks, and asks in turn when it lacks something.
 * A change this copy counts (its own or a peer's) goes on to the peers not known to have it, as
 * the bytes it came in, so it reaches copies that are not connected to its author.
 */
export class EnvelopeExchange {
	readonly #peers = new Map<string, { peer: ExchangePeer; has: Map<string, number> }>();

	constructor(
		private readonly ledger: ChangeLedger,
		private readonly options: EnvelopeExchangeOptions = {}
	) {}

	/** A peer connected: tell it how far this copy is. */
	connected(peer: ExchangePeer): void {
		this.#peers.set(peer.id, { peer, has: new Map() });
		peer.send(lanesMessage(this.ledger.vector()));
	}

	disconnected(peerId: string): void {
		this.#peers.delete(peerId);
	}

	/** This session's own envelope, just signed: counted here, then sent to every peer. */
	publish(envelope: Uint8Array): void {
		this.#counted(this.ledger.receive(envelope));
	}

	/** A message of signed changes from `peer` (`isEnvelopeMessage`). */
	received(peer: ExchangePeer, data: Uint8Array): void {
		const known = this.#peers.get(peer.id);
		if (!known) return;
		const read = readEnvelopeMessage(data);
		if (!read.ok) return this.options.onRefused?.(peer, read.reason);
		if (read.message.kind === 'lanes') return this.#lanes(known, read.message.vector);
		this.#envelopes(known, read.message);
	}

	#lanes(known: { peer: ExchangePeer; has: Map<string, number> }, theirs: Map<string, number>) {
		// What was sent them already is on its way (channels are reliable and ordered).
		for (const [lane, counted] of theirs)
			if (counted > (known.has.get(lane) ?? 0)) known.has.set(lane, counted);
		const missing = this.ledger.missingFor(known.has);
		for (const message of envelopesMessages(missing)) known.peer.send(message);
		for (const bytes of missing) this.#knownToHave(known, bytes);
		// They have something this copy lacks: ask, once their answer can fill it.
		const ours = this.ledger.vector();
		if ([...theirs].some(([lane, counted]) => counted > (ours.get(lane) ?? 0)))
			known.peer.send(lanesMessage(ours));
	}

	#envelopes(
		known: { peer: ExchangePeer; has: Map<string, number> },
		message: Extract<EnvelopeMessage, { kind: 'envelopes' }>
	) {
		let waiting = false;
		for (const bytes of message.envelopes) {
			const judged = this.ledger.receive(bytes);
			const [first] = judged;
			if (first?.verdict.kind === 'waiting') waiting = true;
			if (first?.verdict.kind === 'refused' && !first.verdict.kept)
				this.options.onRefused?.(known.peer, first.verdict.reason);
			// The sender has what it sent, once it counts here too (else they will be asked again).
			const verdict = first?.verdict;
			if (
				verdict &&
				(verdict.kind === 'applied' ||
					verdict.kind === 'duplicate' ||
					(verdict.kind === 'refused' && verdict.kept))
			)
				this.#knownToHave(known, bytes);
			this.#counted(judged);
		}
		// Something waits for an earlier change: the sender may have it.
		if (waiting) known.peer.send(lanesMessage(this.ledger.vector()));
	}

	/** Passes on what this copy just counted to the peers not known to have it. */
	#counted(judged: Judged[]) {
		const counted = judged.filter(
			({ verdict }) => verdict.kind === 'applied' || (verdict.kind === 'refused' && verdict.kept)
		);
		for (const item of counted) if (item.verdict.kind === 'applied') this.options.onApplied?.(item);
		for (const known of this.#peers.values()) {
			const lacking = counted.map((j) => j.bytes).filter((bytes) => !this.#has(known, bytes));
			for (const message of envelopesMessages(lacking)) known.peer.send(message);
			for (const bytes of lacking) this.#knownToHave(known, bytes);
		}
	}

	#has(known: { has: Map<string, number> }, bytes: Uint8Array): boolean {
		const lane = laneOf(bytes);
		return lane !== null && (known.has.get(lane.key) ?? 0) >= lane.seq;
	}

	#knownToHave(known: { has: Map<string, number> }, bytes: Uint8Array): void {
		const lane = laneOf(bytes);
		if (lane && (known.has.get(lane.key) ?? 0) < lane.seq) known.has.set(lane.key, lane.seq);
	}
}
