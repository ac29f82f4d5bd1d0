import * as Y from 'yjs';
import { LocalDataError, untilSaved, type SaveState } from '../../persistence';
import type { WorkspaceStore } from './ports';

/**
 * A device's storage held in memory: what each workspace store wrote, by database name, kept
 * across stores opened on it (a workspace closed and opened again finds its data). `full` makes
 * every write fail as a full disk does.
 */
export class MemoryDisk {
	readonly #records = new Map<string, Uint8Array[]>();
	full = false;

	/** The changes stored under `name`, oldest first (a copy), or null when there is no such data. */
	read(name: string): Uint8Array[] | null {
		const records = this.#records.get(name);
		return records ? [...records] : null;
	}

	/** Stores one more change under `name`; throws as a full disk does when `full`. */
	append(name: string, update: Uint8Array): void {
		if (this.full) throw new DOMException('The disk is full.', 'QuotaExceededError');
		const records = this.#records.get(name);
		if (records) records.push(update);
		else this.#records.set(name, [update]);
	}

	/** Replaces what is stored under `name` by one change holding all of it. */
	replace(name: string, update: Uint8Array): void {
		if (this.full) throw new DOMException('The disk is full.', 'QuotaExceededError');
		this.#records.set(name, [update]);
	}

	/** Removes the data stored under `name`. */
	delete(name: string): void {
		this.#records.delete(name);
	}
}

/**
 * A workspace store on a `MemoryDisk`, for tests that run workspaces in one process: it loads,
 * saves, fails and retries as the IndexedDB store does (both pass `store-contract.ts`), each
 * write a moment after the change (once the code that made it is done), as a disk's.
 */
export class MemoryStore implements WorkspaceStore {
	readonly loaded: Promise<void>;
	readonly #doc: Y.Doc;
	readonly #name: string;
	readonly #disk: MemoryDisk;
	readonly #listeners = new Set<(state: SaveState) => void>();
	#state: SaveState = { kind: 'loading' };
	#pending = 0;
	#destroyed = false;

	constructor(doc: Y.Doc, name: string, disk: MemoryDisk, options: { mustExist?: boolean } = {}) {
		this.#doc = doc;
		this.#name = name;
		this.#disk = disk;
		doc.on('update', this.#onUpdate);
		this.loaded = this.#load(options.mustExist ?? false);
	}

	async #load(mustExist: boolean): Promise<void> {
		await Promise.resolve();
		const records = this.#disk.read(this.#name);
		if (records === null && mustExist) {
			const error = new LocalDataError('missing', `nothing is stored under ${this.#name}`);
			this.#set({ kind: 'failed', reason: 'unknown', detail: error.message });
			throw error;
		}
		if (this.#destroyed) return;
		Y.transact(this.#doc, () => records?.forEach((r) => Y.applyUpdate(this.#doc, r, this)), this);
		// What was changed before loading ended is stored with the rest, as IndexedDB's store does.
		this.#write(() => this.#disk.replace(this.#name, Y.encodeStateAsUpdate(this.#doc)));
	}

	get state(): SaveState {
		return this.#state;
	}

	subscribe(listener: (state: SaveState) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	flushed(): Promise<void> {
		return untilSaved(this);
	}

	isOwnOrigin(origin: unknown): boolean {
		return origin === this;
	}

	get canRetry(): boolean {
		return this.#state.kind === 'failed' && this.#state.reason !== 'closed' && !this.#destroyed;
	}

	retry(): void {
		if (!this.canRetry) return;
		this.#write(() => this.#disk.replace(this.#name, Y.encodeStateAsUpdate(this.#doc)));
	}

	async destroy(): Promise<void> {
		this.#destroyed = true;
		this.#doc.off('update', this.#onUpdate);
		this.#listeners.clear();
	}

	#onUpdate = (update: Uint8Array, origin: unknown) => {
		if (this.isOwnOrigin(origin) || this.#destroyed || this.#state.kind === 'loading') return;
		if (this.#state.kind === 'failed') return;
		this.#write(() => this.#disk.append(this.#name, update));
	};

	/** Writes a moment later (once the change is over), as a disk does; saved once none is outstanding. */
	#write(write: () => void): void {
		this.#pending++;
		this.#set({ kind: 'saving' });
		queueMicrotask(() => {
			this.#pending--;
			if (this.#destroyed) return;
			try {
				write();
			} catch (error) {
				const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
				this.#set({ kind: 'failed', reason: 'quota', detail });
				return;
			}
			if (this.#pending === 0 && this.#state.kind !== 'failed') this.#set({ kind: 'saved' });
		});
	}

	#set(state: SaveState): void {
		this.#state = state;
		for (const listener of [...this.#listeners]) listener(state);
	}
}
