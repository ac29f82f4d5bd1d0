import { createSubscriber } from 'svelte/reactivity';
import {
	CommentRefusedError,
	type AmendmentId,
	type CommentThread,
	type CommentMessage,
	type CommitmentSource,
	type CommentRefusal,
	type DocumentId,
	type MessageId,
	type PlacedThread,
	type ThreadId,
	type Workspace
} from '../workspace';

/** A passage a comment is being written on: its words, and where it is, wherever it moves. */
export interface CommentPassage {
	quote: string;
	source: CommitmentSource;
}

/** Why a comment was not written: a refusal, or a failure in words. */
export type CommentProblem = CommentRefusal | { failed: string };

/** How long typing may go on before the threads' places in the text are looked up again. */
const TEXT_SETTLES_MS = 300;

/**
 * The comment threads of one document, kept in step with every copy: in the order of their
 * passages, those on deleted text last; which one is chosen; and what this person may write.
 */
export class DocumentComments {
	readonly #workspace: Workspace;
	readonly #readOnly: () => boolean;
	readonly #changed: () => void;
	readonly documentId: DocumentId;
	/** The thread chosen in the panel, or whose passage holds the caret. */
	chosen = $state<ThreadId | null>(null);
	/** Whether resolved threads are listed too. */
	showResolved = $state(false);

	readonly #all = $derived.by(() => {
		this.#changed();
		return this.#workspace.comments.inDocument(this.documentId);
	});

	constructor(workspace: Workspace, documentId: DocumentId, readOnly: () => boolean) {
		this.#workspace = workspace;
		this.documentId = documentId;
		this.#readOnly = readOnly;
		this.#changed = createSubscriber((update) => {
			const stopThreads = workspace.comments.observe(update);
			// A passage deleted or pasted back changes where threads are; typing rarely does, so the
			// text is read again once typing pauses rather than on every keystroke.
			let timer: ReturnType<typeof setTimeout> | undefined;
			const settled = () => {
				clearTimeout(timer);
				timer = setTimeout(update, TEXT_SETTLES_MS);
			};
			const stopText = workspace.documents.observeText(documentId, settled);
			return () => {
				clearTimeout(timer);
				stopThreads();
				stopText();
			};
		});
	}

	/** The threads listed: open ones, and resolved ones when asked for, in document order. */
	get threads(): PlacedThread[] {
		return this.showResolved ? this.#all : this.#all.filter((t) => !t.thread.resolved);
	}

	/** How many threads are open, and how many resolved. */
	get counts(): { open: number; resolved: number } {
		const resolved = this.#all.filter((t) => t.thread.resolved).length;
		return { open: this.#all.length - resolved, resolved };
	}

	/** Whether this person may comment here. */
	get mayComment(): boolean {
		return !this.#readOnly() && this.#workspace.comments.mayComment;
	}

	/** Whether this person may edit or delete `message`. */
	mayChange(message: CommentMessage): boolean {
		return !this.#readOnly() && this.#workspace.comments.mayChange(message);
	}

	#attempt(run: () => void): CommentProblem | null {
		if (this.#readOnly()) return 'not-allowed';
		try {
			run();
			return null;
		} catch (error) {
			if (error instanceof CommentRefusedError) return error.why;
			console.warn('Concord: a comment was not written', error);
			return { failed: error instanceof Error ? error.message : String(error) };
		}
	}

	/** The selected passage (body offsets and its words), anchored for a thread begun on it. */
	anchor(selected: { from: number; to: number; quote: string }): CommentPassage | null {
		const source = this.#workspace.comments.anchor(this.documentId, selected.from, selected.to);
		return source && { quote: selected.quote, source };
	}

	/** Begins a thread on an anchored passage and chooses it. */
	start(passage: CommentPassage, text: string): CommentProblem | null {
		return this.#attempt(() => {
			this.chosen = this.#workspace.comments.start(passage.source, text);
		});
	}

	/** Whether the document has any thread at all (on passages or on amendments), for exports. */
	get any(): boolean {
		this.#changed();
		return this.#workspace.comments.list(this.documentId).length > 0;
	}

	/** Whether a thread is in the workspace (of any document: a passage may move between them). */
	knows(id: string): boolean {
		return this.#workspace.comments.get(id as ThreadId) !== null;
	}

	/** The threads discussing an amendment of this document, oldest first. */
	onAmendment(id: AmendmentId): CommentThread[] {
		this.#changed();
		return this.#workspace.comments.onAmendment(id);
	}

	/** Begins a thread on an amendment. */
	startOnAmendment(id: AmendmentId, text: string): CommentProblem | null {
		return this.#attempt(() => void this.#workspace.comments.startOnAmendment(id, text));
	}

	/** Replies to a thread. */
	reply(id: ThreadId, text: string): CommentProblem | null {
		return this.#attempt(() => void this.#workspace.comments.reply(id, text));
	}

	/** Rewrites one's own message. */
	edit(id: ThreadId, messageId: MessageId, text: string): CommentProblem | null {
		return this.#attempt(() => this.#workspace.comments.edit(id, messageId, text));
	}

	/** Deletes one's own message. */
	remove(id: ThreadId, messageId: MessageId): CommentProblem | null {
		return this.#attempt(() => this.#workspace.comments.remove(id, messageId));
	}

	/** Resolves or reopens a thread. */
	resolve(id: ThreadId, resolved: boolean): CommentProblem | null {
		return this.#attempt(() => this.#workspace.comments.resolve(id, resolved));
	}
}
