import type * as Y from 'yjs';
import {
	getMember,
	trackRemoteChanges,
	type Authorship,
	type DocumentId,
	type MemberId
} from '../doc';
import type { PeerSync } from '../sync/peer-sync';

/** What others changed in one document while this person was away. */
export interface AwayChange {
	documentId: DocumentId;
	/** Names of who changed it; empty when nobody is known yet. */
	authors: string[];
	inserted: number;
	deleted: number;
}

/** How long after reaching a peer its catch-up changes still count as "while you were away". */
const CATCH_UP_GRACE_MS = 2000;

/**
 * Gathers what others changed while this copy was away, from the moment it (re)connects until
 * shortly after it reaches a peer (which sends what it missed at once), so that live co-writing
 * afterwards is not listed.
 */
export class AwayWatcher {
	readonly #listeners = new Set<() => void>();
	#tracker: ReturnType<typeof trackRemoteChanges> | null = null;
	#changes: AwayChange[] = [];
	#grace: ReturnType<typeof setTimeout> | undefined;
	readonly #stopStatus: () => void;

	constructor(
		private readonly doc: Y.Doc,
		private readonly sync: PeerSync,
		private readonly authorship: Authorship,
		private readonly self: MemberId
	) {
		this.#stopStatus = sync.subscribe((status) => {
			if (status.kind === 'connected' && this.#tracker && this.#grace === undefined) {
				this.#grace = setTimeout(() => this.#close(), CATCH_UP_GRACE_MS);
			}
		});
		doc.on('afterTransaction', this.#onTransaction);
	}

	/** Starts gathering anew, for example when this person reconnects. */
	start(): void {
		this.#close();
		this.#changes = [];
		this.#tracker = trackRemoteChanges(this.doc, (origin) => this.sync.isRemote(origin));
		this.#notify();
		if (this.sync.status.kind === 'connected') {
			this.#grace = setTimeout(() => this.#close(), CATCH_UP_GRACE_MS);
		}
	}

	/** The documents others changed, most changed first. */
	get changes(): readonly AwayChange[] {
		return this.#changes;
	}

	/** Forgets what was gathered (the person has seen it). */
	dismiss(): void {
		this.#changes = [];
		this.#notify();
	}

	/** Calls `listener` whenever the list of changes changes. */
	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Stops watching. */
	destroy(): void {
		this.#close();
		this.#stopStatus();
		this.doc.off('afterTransaction', this.#onTransaction);
		this.#listeners.clear();
	}

	#onTransaction = (tr: Y.Transaction) => {
		if (this.#tracker && this.sync.isRemote(tr.origin)) {
			this.#changes = this.#read();
			this.#notify();
		}
	};

	#read(): AwayChange[] {
		if (!this.#tracker) return this.#changes;
		return this.#tracker.summary().map((change) => {
			const ids = new Set<MemberId>();
			for (const client of change.writers) {
				const id = this.authorship.authorOfClient(client);
				if (id) ids.add(id);
			}
			for (const deleted of change.deletions) {
				const id = this.authorship.authorOfDeletion(deleted);
				if (id) ids.add(id);
			}
			ids.delete(this.self);
			const authors = [...ids].flatMap((id) => getMember(this.doc, id)?.name ?? []);
			return {
				documentId: change.documentId,
				authors,
				inserted: change.inserted,
				deleted: change.deleted
			};
		});
	}

	#close() {
		clearTimeout(this.#grace);
		this.#grace = undefined;
		if (!this.#tracker) return;
		this.#changes = this.#read();
		this.#tracker.stop();
		this.#tracker = null;
	}

	#notify() {
		for (const listener of this.#listeners) listener();
	}
}
