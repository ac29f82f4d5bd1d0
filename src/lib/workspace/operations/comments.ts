import {
	anchorPassage,
	deleteMessage,
	resolvePassage,
	type CommitmentSource,
	documentBody,
	editMessage,
	getThread,
	listMembers,
	listThreads,
	markedThreads,
	observeThreads,
	replyToThread,
	setThreadResolved,
	startThread,
	startAmendmentThread,
	getAmendment,
	type AmendmentId,
	type CommentMessage,
	type CommentThread,
	type DocumentId,
	type MessageId,
	type ThreadId
} from '../../doc';
import type { OperationContext } from './context';

/** Why an operation on a comment was not carried out. */
export type CommentRefusal = 'not-allowed' | 'missing' | 'empty';

/** Thrown when a comment operation is refused; the workspace is unchanged. */
export class CommentRefusedError extends Error {
	constructor(readonly why: CommentRefusal) {
		super(`The comment was not written: ${why}.`);
		this.name = 'CommentRefusedError';
	}
}

/** A thread as a document shows it: where its passage starts now, or null once it was deleted. */
export interface PlacedThread {
	thread: CommentThread;
	/** The offset in the body where its passage first starts; null when it is "on deleted text". */
	at: number | null;
}

/**
 * The discussions members hold on passages of documents: threads begun on a passage, replies,
 * one's own messages edited or deleted, threads resolved and reopened.
 */
export class WorkspaceComments {
	readonly #context: OperationContext;

	constructor(context: OperationContext) {
		this.#context = context;
	}

	/** Every thread (of one document, when given), oldest first. */
	list(documentId?: DocumentId): CommentThread[] {
		return listThreads(this.#context.doc, documentId);
	}

	/** One thread, or null. */
	get(id: ThreadId): CommentThread | null {
		return getThread(this.#context.doc, id);
	}

	/** Calls `listener` when a thread or one of its messages changes. */
	observe(listener: () => void): () => void {
		return observeThreads(this.#context.doc, listener);
	}

	/**
	 * The threads of a document in the order of their passages in the text, then those whose
	 * passage was deleted, oldest first.
	 */
	inDocument(documentId: DocumentId): PlacedThread[] {
		const body = documentBody(this.#context.doc, documentId);
		const marked = body ? markedThreads(body) : new Map<ThreadId, number>();
		return this.list(documentId)
			.filter((thread) => !thread.amendmentId)
			.map((thread) => ({ thread, at: marked.get(thread.id) ?? null }))
			.sort(
				(a, b) => (a.at ?? Infinity) - (b.at ?? Infinity) || a.thread.createdAt - b.thread.createdAt
			);
	}

	/** The threads discussing an amendment, oldest first. */
	onAmendment(amendmentId: AmendmentId): CommentThread[] {
		return this.list().filter((thread) => thread.amendmentId === amendmentId);
	}

	/** Begins a thread on an amendment, with its first message; returns its id. */
	startOnAmendment(amendmentId: AmendmentId, text: string): ThreadId {
		const author = this.#author();
		if (!text.trim()) throw new CommentRefusedError('empty');
		const amendment = getAmendment(this.#context.doc, amendmentId);
		if (!amendment) throw new CommentRefusedError('missing');
		const id = startAmendmentThread(this.#context.doc, {
			...author,
			documentId: amendment.documentId,
			amendmentId,
			quote: amendment.quote,
			text
		});
		if (!id) throw new CommentRefusedError('empty');
		return id;
	}

	/** How many threads on passages are open in each document. */
	openCounts(): Map<DocumentId, number> {
		const counts = new Map<DocumentId, number>();
		// As the Comments panel counts them: threads on amendments are counted with their amendment.
		for (const thread of this.list())
			if (!thread.resolved && !thread.amendmentId)
				counts.set(thread.documentId, (counts.get(thread.documentId) ?? 0) + 1);
		return counts;
	}

	/**
	 * Open threads in which this person wrote and someone else has written since: the replies
	 * that wait for them, the latest first.
	 */
	awaitingReply(): CommentThread[] {
		const me = this.#context.me();
		return this.list()
			.filter((thread) => {
				if (thread.resolved) return false;
				const written = thread.messages.filter((m) => !m.deleted);
				const mine = written.findLastIndex((m) => m.by === me);
				return mine >= 0 && mine < written.length - 1;
			})
			.sort((a, b) => (b.messages.at(-1)?.at ?? 0) - (a.messages.at(-1)?.at ?? 0));
	}

	/** Whether this person may comment: anyone on the roster who has not left (observers too). */
	get mayComment(): boolean {
		const { doc, me } = this.#context;
		const member = listMembers(doc).find((m) => m.id === me());
		return !member || member.leftAt === null;
	}

	/** Whether this person may still change `message`: their own, not deleted. */
	mayChange(message: CommentMessage): boolean {
		return this.mayComment && message.by === this.#context.me() && !message.deleted;
	}

	#author() {
		if (!this.mayComment) throw new CommentRefusedError('not-allowed');
		return { by: this.#context.me(), now: this.#context.clock.now() };
	}

	/**
	 * Anchors the passage from `from` to `to` of a document's body as it is now, so that a thread
	 * begun on it later (once its first message is written) marks the same words, wherever
	 * others' typing meanwhile moved them. Null when there is no such passage.
	 */
	anchor(documentId: DocumentId, from: number, to: number): CommitmentSource | null {
		return anchorPassage(this.#context.doc, documentId, from, to);
	}

	/** Begins a thread on an anchored passage, with its first message; returns its id. */
	start(source: CommitmentSource, text: string): ThreadId {
		const author = this.#author();
		if (!text.trim()) throw new CommentRefusedError('empty');
		const passage = resolvePassage(this.#context.doc, source);
		if (!passage) throw new CommentRefusedError('missing');
		const id = startThread(this.#context.doc, {
			...author,
			documentId: source.documentId,
			from: passage.from,
			to: passage.to,
			quote: source.quote,
			text
		});
		if (!id) throw new CommentRefusedError('missing');
		return id;
	}

	/** Replies to a thread; returns the message's id. */
	reply(id: ThreadId, text: string): MessageId {
		const author = this.#author();
		if (!text.trim()) throw new CommentRefusedError('empty');
		const messageId = replyToThread(this.#context.doc, id, { ...author, text });
		if (!messageId) throw new CommentRefusedError('missing');
		return messageId;
	}

	#own(id: ThreadId, messageId: MessageId): void {
		const message = this.get(id)?.messages.find((m) => m.id === messageId);
		if (!message) throw new CommentRefusedError('missing');
		if (!this.mayChange(message)) throw new CommentRefusedError('not-allowed');
	}

	/** Rewrites this person's own message. */
	edit(id: ThreadId, messageId: MessageId, text: string): void {
		this.#own(id, messageId);
		if (!text.trim()) throw new CommentRefusedError('empty');
		editMessage(this.#context.doc, id, messageId, { text, now: this.#context.clock.now() });
	}

	/** Deletes this person's own message; the thread keeps "message deleted" in its place. */
	remove(id: ThreadId, messageId: MessageId): void {
		this.#own(id, messageId);
		deleteMessage(this.#context.doc, id, messageId, this.#context.clock.now());
	}

	/** Resolves a thread (its discussion is over), or reopens it. */
	resolve(id: ThreadId, resolved: boolean): void {
		if (!setThreadResolved(this.#context.doc, id, resolved, this.#author()))
			throw new CommentRefusedError('missing');
	}
}
