import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { MemoryNetwork, Peer } from './memory-network';
import type { ConnectionStatus, GroupSync } from './ports';

/**
 * One workspace copy's sync over a `MemoryNetwork`, for tests that run workspaces in one
 * process: online it exchanges sync messages with every copy online on its side of the network
 * (all of them unless the network is partitioned); offline it is on its own. It passes the sync
 * contract (`sync-contract.ts`), as the WebRTC sync does; presence stays on this copy.
 */
export class MemorySync implements GroupSync {
	readonly awareness: Awareness;
	readonly #network: MemoryNetwork;
	readonly #peer: Peer;
	readonly #listeners = new Set<(status: ConnectionStatus) => void>();
	#status: ConnectionStatus = { kind: 'offline' };
	readonly #stop: () => void;

	constructor(network: MemoryNetwork, doc: Y.Doc, options: { online?: boolean } = {}) {
		this.awareness = new Awareness(doc);
		this.#network = network;
		this.#peer = network.add(doc);
		this.#stop = network.subscribe(() => this.#update());
		this.setOnline(options.online ?? true);
	}

	get status(): ConnectionStatus {
		return this.#status;
	}

	subscribe(listener: (status: ConnectionStatus) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	setOnline(online: boolean): void {
		this.#network.setOnline(this.#peer.index, online);
		this.#update();
	}

	setPresence(fields: Record<string, unknown>): void {
		this.awareness.setLocalState({ ...this.awareness.getLocalState(), ...fields });
	}

	isRemote(origin: unknown): boolean {
		return origin === this.#peer;
	}

	destroy(): void {
		this.#stop();
		this.#peer.leave?.();
		this.#listeners.clear();
		this.awareness.destroy();
	}

	#update(): void {
		const { index } = this.#peer;
		const online = this.#peer.online && !this.#peer.left;
		const peers = this.#network.peers.filter(
			(other) => other.index !== index && this.#network.connected(index, other.index)
		).length;
		const next: ConnectionStatus = !online
			? { kind: 'offline' }
			: peers === 0
				? { kind: 'looking' }
				: { kind: 'connected', peers, synced: this.#network.inStep(index) };
		if (JSON.stringify(next) === JSON.stringify(this.#status)) return;
		this.#status = next;
		for (const listener of [...this.#listeners]) listener(next);
	}
}
