import type { AmendmentId, Branded, DocumentId, MemberId } from '../ids';

/** Identifies one comment thread; it is also the key of its mark in the text. */
export type ThreadId = Branded<'ThreadId'>;

/** Identifies one message of a thread. */
export type MessageId = Branded<'MessageId'>;

/** One message of a thread: its words, or, once its writer deleted it, none. */
export interface CommentMessage {
	id: MessageId;
	by: MemberId;
	at: number;
	/** Empty once deleted. */
	text: string;
	editedAt: number | null;
	deleted: boolean;
}

/** A discussion of a passage of a document, as every copy reads it. */
export interface CommentThread {
	id: ThreadId;
	documentId: DocumentId;
	/** The passage's words when the thread began, shown once the passage is deleted. */
	quote: string;
	createdBy: MemberId;
	createdAt: number;
	/** Oldest first; the first is the comment that began the thread. */
	messages: CommentMessage[];
	/** Who said the discussion is over, and when; null while it is open. */
	resolved: { by: MemberId; at: number } | null;
	/** The amendment it discusses; null for a thread on a passage of the text. */
	amendmentId: AmendmentId | null;
}

/** How long the texts of a thread may be. */
export const COMMENT_LIMITS = {
	message: 4000,
	quote: 300,
	/** The most messages a thread is read with (a hostile peer could write more). */
	messages: 1000
} as const;
