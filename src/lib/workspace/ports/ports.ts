/*
 * The two boundaries of a workspace, as small interfaces: the store that keeps it on this device
 * and the sync that connects it to the group. The workspace is given one of each; the app wires
 * IndexedDB and WebRTC, tests wire the in-memory ones. Each interface has a contract suite that
 * every implementation passes (`store-contract.ts`, `sync-contract.ts`). Beside them, what a
 * workspace needs of its device: the listing of the workspaces it keeps, and a clock.
 */
import type { Awareness } from 'y-protocols/awareness';
import type { WorkspaceId } from '../../doc';
import type {
	DeviceKeyStore,
	DeviceProfile,
	DraftStore,
	KeptDraft,
	PrivateKeyStore,
	SaveState,
	WorkspaceEntry
} from '../../persistence';
import type { ConnectionStatus } from '../../sync/peer-sync';

export type {
	ConnectionStatus,
	DeviceKeyStore,
	DeviceProfile,
	DraftStore,
	KeptDraft,
	PrivateKeyStore,
	SaveState,
	WorkspaceEntry
};

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

/** The workspaces a device keeps, with what it remembers of each (name, key, choices). */
export interface WorkspaceListings {
	/** One workspace, or undefined when this device does not keep it. */
	get(id: WorkspaceId): Promise<WorkspaceEntry | undefined>;
	/** Adds a workspace, or replaces what is remembered about it. */
	put(entry: WorkspaceEntry): Promise<void>;
	/** Updates some fields of a listed workspace; does nothing for an unknown one. */
	update(id: WorkspaceId, change: Partial<Omit<WorkspaceEntry, 'id'>>): Promise<void>;
	/** Forgets a workspace (its data is removed separately). */
	remove(id: WorkspaceId): Promise<void>;
}

/** The time, and timers: the system's in the app, one a test moves on by hand elsewhere. */
export interface Clock {
	/** Milliseconds since the epoch. */
	now(): number;
	/** Calls `run` once, `ms` from now; returns what `clearTimeout` takes. */
	setTimeout(run: () => void, ms: number): unknown;
	/** Cancels a timer `setTimeout` returned; harmless for one that has run. */
	clearTimeout(timer: unknown): void;
}

/** The system's clock and timers. */
export const systemClock: Clock = {
	now: () => Date.now(),
	setTimeout: (run, ms) => setTimeout(run, ms),
	clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>)
};
