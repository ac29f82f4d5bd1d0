import type * as Y from 'yjs';
import {
	commentsMap,
	getMember,
	listThreads,
	trackRemoteChanges,
	type Authorship,
	type DocumentChanges,
	type DocumentId,
	type MemberId
} from '../doc';
import {
	changeSource,
	systemClock,
	type Clock,
	type ConnectionStatus,
	type GroupSync
} from './ports';

/** What others changed in one document while this person was away. */
export interface AwayChange {
	documentId: DocumentId;
	/** Names of who changed it; empty when nobody is known yet. */
	authors: string[];
	inserted: number;
	deleted: number;
	/** Comment threads others began on it, and replies others wrote in its threads. */
	threads: number;
	replies: number;
}

/** How long after catching up with every connected peer the window of "away" changes stays open. */
const CATCH_UP_GRACE_MS = 1500;

/**
 * Gathers what others changed while this copy was away. A window opens when this copy
 * (re)connects or a new peer reaches it, and closes shortly after every connected peer has sent
 * what this copy lacked, so that live co-writing afterwards is not listed. Windows add up until
 * the person dismisses the notice.
 */
export class AwayWatcher {
	readonly #listeners = new Set<() => void>();
	#tracker: ReturnType<typeof trackRemoteChanges> | null = null;
	#seen = new Map<DocumentId, DocumentChanges>();
	#changes: AwayChange[] = [];
	/** Every message this copy has seen, by "thread/message", and those that were news. */
	readonly #messages = new Set<string>();
	#comments = new Map<DocumentId, { threads: number; replies: number }>();
	#grace: unknown;
	#peers = 0;
	/** False for a copy that is still receiving the workspace for the first time (a new member). */
	#armed = false;
	readonly #stopStatus: () => void;

	constructor(
		private readonly doc: Y.Doc,
		private readonly sync: GroupSync,
		private readonly authorship: Authorship,
		private readonly self: MemberId,
		private readonly clock: Clock = systemClock
	) {
		this.#stopStatus = sync.subscribe((status) => this.#onStatus(status));
		this.#noteMessages(false);
		doc.on('afterTransaction', this.#onTransaction);
	}

	/** Opens a window, for example when this person reconnects. */
	start(): void {
		this.#armed = true;
		this.#tracker ??= trackRemoteChanges(this.doc, (origin) => this.#isNews(origin));
		this.#onStatus(this.sync.status);
	}

	/** The documents others changed, most changed first. */
	get changes(): readonly AwayChange[] {
		return this.#changes;
	}

	/** Forgets what was gathered (the person has seen it); an open window starts counting anew. */
	dismiss(): void {
		this.#seen.clear();
		this.#comments.clear();
		if (this.#tracker) {
			this.#tracker.stop();
			this.#tracker = trackRemoteChanges(this.doc, (origin) => this.#isNews(origin));
		}
		this.#refresh();
	}

	/** Calls `listener` whenever the list of changes changes. */
	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Stops watching. */
	destroy(): void {
		this.clock.clearTimeout(this.#grace);
		this.#tracker?.stop();
		this.#tracker = null;
		this.#stopStatus();
		this.doc.off('afterTransaction', this.#onTransaction);
		this.#listeners.clear();
	}

	#isNews(origin: unknown): boolean {
		// Changes that come from a workspace file count as news too.
		const source = changeSource(origin, { sync: this.sync });
		return source === 'peer' || source === 'file';
	}

	/** Runs `merge` (a workspace file arriving) and lists what it brought, whatever the connection. */
	record(merge: () => void): void {
		if (this.#tracker) {
			merge();
			return;
		}
		this.#tracker = trackRemoteChanges(this.doc, (origin) => this.#isNews(origin));
		try {
			merge();
		} finally {
			this.#close();
		}
	}

	#onStatus(status: ConnectionStatus) {
		const peers = status.kind === 'connected' ? status.peers : 0;
		const arrived = peers > this.#peers;
		this.#peers = peers;
		// A peer arrived: what it brings is news.
		if (arrived && this.#armed) {
			this.#tracker ??= trackRemoteChanges(this.doc, (origin) => this.#isNews(origin));
		}
		this.clock.clearTimeout(this.#grace);
		this.#grace = undefined;
		if (status.kind === 'connected' && status.synced) {
			// A new member's first catch-up is the workspace itself, not news; what comes after is.
			const close = () => (this.#armed ? this.#close() : (this.#armed = true));
			if (this.#tracker || !this.#armed)
				this.#grace = this.clock.setTimeout(close, CATCH_UP_GRACE_MS);
		}
	}

	#onTransaction = (tr: Y.Transaction) => {
		const news = this.#tracker !== null && this.#isNews(tr.origin);
		const comments = tr.changedParentTypes.has(commentsMap(this.doc) as never);
		if (comments) this.#noteMessages(news);
		if (news) this.#refresh();
	};

	/**
	 * Takes note of messages this copy had not seen; with `news`, those others wrote count as
	 * threads begun or replies written while this person was away.
	 */
	#noteMessages(news: boolean) {
		for (const thread of listThreads(this.doc)) {
			thread.messages.forEach((message, i) => {
				const key = `${thread.id}/${message.id}`;
				if (this.#messages.has(key)) return;
				this.#messages.add(key);
				if (!news || message.by === this.self) return;
				const counts = this.#comments.get(thread.documentId) ?? { threads: 0, replies: 0 };
				if (i === 0) counts.threads++;
				else counts.replies++;
				this.#comments.set(thread.documentId, counts);
			});
		}
	}

	#close() {
		if (!this.#tracker) return;
		for (const change of this.#tracker.summary()) {
			const seen = this.#seen.get(change.documentId);
			if (!seen) this.#seen.set(change.documentId, change);
			else {
				for (const w of change.writers) seen.writers.add(w);
				seen.deletions.push(...change.deletions);
				seen.inserted += change.inserted;
				seen.deleted += change.deleted;
			}
		}
		this.#tracker.stop();
		this.#tracker = null;
		this.#refresh();
	}

	#refresh() {
		const all = new Map(this.#seen);
		for (const change of this.#tracker?.summary() ?? []) {
			const seen = all.get(change.documentId);
			all.set(
				change.documentId,
				seen
					? {
							...change,
							writers: new Set([...seen.writers, ...change.writers]),
							deletions: [...seen.deletions, ...change.deletions],
							inserted: seen.inserted + change.inserted,
							deleted: seen.deleted + change.deleted
						}
					: change
			);
		}
		const described = new Map(
			[...all.values()].map((change) => [change.documentId, this.#describe(change)])
		);
		for (const [documentId, counts] of this.#comments) {
			const change = described.get(documentId);
			if (change) Object.assign(change, counts);
			else
				described.set(documentId, { documentId, authors: [], inserted: 0, deleted: 0, ...counts });
		}
		this.#changes = [...described.values()].sort(
			(a, b) =>
				b.inserted + b.deleted - (a.inserted + a.deleted) ||
				b.threads + b.replies - (a.threads + a.replies)
		);
		for (const listener of this.#listeners) listener();
	}

	#describe(change: DocumentChanges): AwayChange {
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
		const { documentId, inserted, deleted } = change;
		return { documentId, authors, inserted, deleted, threads: 0, replies: 0 };
	}
}
