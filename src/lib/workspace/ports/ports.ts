/*
 * The two boundaries of a workspace, as small interfaces: the store that keeps it on this device
 * and the sync that connects it to the group. The workspace is given one of each; the app wires
 * IndexedDB and WebRTC, tests wire the in-memory ones. Each interface has a contract suite that
 * every implementation passes (`store-contract.ts`).
 */
import type { Awareness } from 'y-protocols/awareness';
import type { SaveState } from '../../persistence';
import type { ConnectionStatus } from '../../sync/peer-sync';

export type { ConnectionStatus, SaveState };

/** Keeps one workspace document on this device and tells the truth about what is saved. */
export interface WorkspaceStore {
	/** Resolves once what this device held is in the document; rejects if it cannot be read. */
	readonly loaded: Promise<void>;
	readonly state: SaveState;
	/** Calls `listener` on every change of save state; returns the function that stops it. */
	subscribe(listener: (state: SaveState) => void): () => void;
	/** Resolves once every change made so far is stored; rejects as soon as saving fails. */
	flushed(): Promise<void>;
	/** Whether a change came from this store (loading what the device held), not from a person. */
	isOwnOrigin(origin: unknown): boolean;
	/** Whether `retry()` can help after a failure. */
	readonly canRetry: boolean;
	/** Stores the whole document again after a failed write. */
	retry(): void;
	/** Stops storing; the data stays. */
	destroy(): Promise<void>;
}

/** Connects one workspace document to the group, and carries presence. */
export interface GroupSync {
	readonly awareness: Awareness;
	readonly status: ConnectionStatus;
	/** Calls `listener` on every change of status; returns the function that stops it. */
	subscribe(listener: (status: ConnectionStatus) => void): () => void;
	setOnline(online: boolean): void;
	/** Merges `fields` into this member's presence. */
	setPresence(fields: Record<string, unknown>): void;
	/** Whether a change arrived from a peer. */
	isRemote(origin: unknown): boolean;
	destroy(): void;
}
