import {
	addLogComment,
	anchorPassage,
	createLogEntry,
	deleteLogEntry,
	editLogComment,
	getLogEntry,
	listLogEntries,
	listMembers,
	observeLearningLog,
	readMeta,
	updateLogEntry,
	type CommitmentSource,
	type DocumentId,
	type LogComment,
	type LogCommentId,
	type LogEntry,
	type LogEntryChange,
	type LogEntryId,
	type LogEntryInit,
	type LogWriter,
	type WorkspaceId
} from '../../doc';
import type { ExportFormat } from '../../export/formats';
import type { ExportFile } from '../document-export';
import type { LogTexts } from '../log-export';
import type { PrivateKeyStore } from '../ports';
import type { OperationContext } from './context';

/** What the device's private keys call an unnamed entry of its own. */
const OWN_ENTRY = 'log-entry:';

/** Why an operation on the learning log was not carried out. */
export type LogRefusal = 'not-allowed' | 'missing' | 'empty';

/** Thrown when a learning-log operation is refused; the workspace is unchanged. */
export class LogRefusedError extends Error {
	constructor(readonly why: LogRefusal) {
		super(`The learning log was not changed: ${why}.`);
		this.name = 'LogRefusedError';
	}
}

/**
 * The group's learning log: entries of what was tried, what happened and what was learned,
 * written with a name or without one, commented on by the others, and exported (only those
 * shared outside the group). An unnamed entry is this device's own only in its private keys.
 */
export class WorkspaceLearningLog {
	readonly #context: OperationContext;
	readonly #workspaceId: WorkspaceId;
	readonly #keys: PrivateKeyStore;
	readonly #listeners = new Set<() => void>();

	constructor(context: OperationContext, workspaceId: WorkspaceId, keys: PrivateKeyStore) {
		this.#context = context;
		this.#workspaceId = workspaceId;
		this.#keys = keys;
	}

	/** Every entry, newest first. */
	list(): LogEntry[] {
		return listLogEntries(this.#context.doc);
	}

	/** One entry, or null. */
	get(id: LogEntryId): LogEntry | null {
		return getLogEntry(this.#context.doc, id);
	}

	/** Calls `listener` when an entry or comment changes, or this device takes an entry as its own. */
	observe(listener: () => void): () => void {
		this.#listeners.add(listener);
		const stop = observeLearningLog(this.#context.doc, listener);
		return () => {
			this.#listeners.delete(listener);
			stop();
		};
	}

	/** Whether this person may write and comment: anyone on the roster who has not left. */
	get mayWrite(): boolean {
		const { doc, me } = this.#context;
		const member = listMembers(doc).find((m) => m.id === me());
		return !member || member.leftAt === null;
	}

	/** The ids of the unnamed entries this device wrote (read once for many `isMine` calls). */
	ownUnnamed(): readonly string[] {
		return this.#keys.list(this.#workspaceId, OWN_ENTRY).map((of) => of.slice(OWN_ENTRY.length));
	}

	/**
	 * Whether this person wrote `entry`: named by them, or unnamed and kept as theirs on this
	 * device (`own`, from `ownUnnamed`, when checking many entries).
	 */
	isMine(entry: LogEntry, own: readonly string[] = this.ownUnnamed()): boolean {
		if (entry.by !== null) return entry.by === this.#context.me();
		return own.includes(entry.id);
	}

	/** Whether this person may change `entry` (theirs, while they take part). */
	mayEdit(entry: LogEntry, own?: readonly string[]): boolean {
		return this.mayWrite && this.isMine(entry, own);
	}

	/** Whether this person may still change `comment` (their own, while they take part). */
	mayEditComment(comment: LogComment): boolean {
		return this.mayWrite && comment.by === this.#context.me();
	}

	#writer(named: boolean): LogWriter {
		const { me, clock } = this.#context;
		return named ? { by: me(), now: clock.now() } : { by: null };
	}

	#editable(id: LogEntryId): LogEntry {
		const entry = this.get(id);
		if (!entry) throw new LogRefusedError('missing');
		if (!this.mayEdit(entry)) throw new LogRefusedError('not-allowed');
		return entry;
	}

	/**
	 * Writes an entry and returns its id; `named: false` writes it without a name shown, under a
	 * throwaway client id, and remembers on this device only that it is this person's. Throws
	 * `LogInputError` for a refused form.
	 */
	write(init: LogEntryInit, { named }: { named: boolean }): LogEntryId {
		if (!this.mayWrite) throw new LogRefusedError('not-allowed');
		const id = createLogEntry(this.#context.doc, init, this.#writer(named));
		if (!named) {
			this.#keys.put(this.#workspaceId, OWN_ENTRY + id, id);
			for (const listener of this.#listeners) listener();
		}
		return id;
	}

	/** Changes an entry of this person's (an unnamed one stays unnamed). */
	update(id: LogEntryId, change: LogEntryChange): void {
		const entry = this.#editable(id);
		updateLogEntry(this.#context.doc, id, change, this.#writer(entry.by !== null));
	}

	/** Marks an entry of this person's as shared outside the group, or takes that back. */
	setShared(id: LogEntryId, shared: boolean): void {
		this.update(id, { shared });
	}

	/** Removes an entry of this person's, with its comments. */
	remove(id: LogEntryId): void {
		const entry = this.#editable(id);
		deleteLogEntry(this.#context.doc, id, this.#writer(entry.by !== null));
		if (entry.by === null) this.#keys.remove(this.#workspaceId, OWN_ENTRY + id);
	}

	/** Adds this person's comment (always named) to an entry and returns its id. */
	comment(id: LogEntryId, text: string): LogCommentId {
		if (!this.mayWrite) throw new LogRefusedError('not-allowed');
		if (!text.trim()) throw new LogRefusedError('empty');
		const { doc, me, clock } = this.#context;
		const commentId = addLogComment(doc, id, { text, by: me(), now: clock.now() });
		if (!commentId) throw new LogRefusedError(this.get(id) ? 'empty' : 'missing');
		return commentId;
	}

	/** Rewrites this person's own comment. */
	editComment(id: LogEntryId, commentId: LogCommentId, text: string): void {
		const comment = this.get(id)?.comments.find((c) => c.id === commentId);
		if (!comment) throw new LogRefusedError('missing');
		if (!this.mayEditComment(comment)) throw new LogRefusedError('not-allowed');
		if (!text.trim()) throw new LogRefusedError('empty');
		editLogComment(this.#context.doc, id, commentId, { text, now: this.#context.clock.now() });
	}

	/** Anchors a passage of a document (offsets in its text) for an entry to link to; null for none. */
	anchor(documentId: DocumentId, from: number, to: number): CommitmentSource | null {
		return anchorPassage(this.#context.doc, documentId, from, to);
	}

	/** The entries shared outside the group, as a file in `format`; the rest never leave. */
	async export(format: ExportFormat, texts: LogTexts): Promise<ExportFile> {
		// The writers load when a person first exports the log.
		const { exportLogFile } = await import('../log-export');
		const { doc, clock } = this.#context;
		const meta = readMeta(doc);
		const shared = this.list().filter((entry) => entry.shared);
		return exportLogFile(
			shared,
			format,
			{ workspaceName: meta.name, language: meta.languages[0] ?? 'en', now: clock.now() },
			texts
		);
	}
}
