import * as Y from 'yjs';
import { documentBody } from '../documents';
import { randomId, type AmendmentId, type DocumentId, type MemberId } from '../ids';
import { cleanLine, cleanText } from '../meta';
import { COMMENT_MESSAGE, COMMENT_THREAD } from '../schema';
import { markPassage } from './marks';
import { commentsMap } from './read';
import { COMMENT_LIMITS, type MessageId, type ThreadId } from './types';

/** Who writes, and when. */
export interface Authored {
	by: MemberId;
	now: number;
}

function addMessage(thread: Y.Map<unknown>, text: string, { by, now }: Authored): MessageId {
	let messages = thread.get(COMMENT_THREAD.messages);
	if (!(messages instanceof Y.Map)) {
		messages = new Y.Map<unknown>();
		thread.set(COMMENT_THREAD.messages, messages);
	}
	const id = randomId() as MessageId;
	const message = new Y.Map<unknown>();
	(messages as Y.Map<unknown>).set(id, message);
	message.set(COMMENT_MESSAGE.by, by);
	message.set(COMMENT_MESSAGE.at, now);
	message.set(COMMENT_MESSAGE.text, text);
	return id;
}

/** What every new thread is written with: its document, quote, author and first words. */
type NewThread = Authored & { documentId: DocumentId; quote: string; text: string };

/** Writes a thread's record with its first message (inside the caller's change); its id. */
function addThread(
	doc: Y.Doc,
	init: NewThread,
	text: string,
	amendmentId: AmendmentId | null
): ThreadId {
	const id = randomId() as ThreadId;
	const thread = new Y.Map<unknown>();
	commentsMap(doc).set(id, thread);
	thread.set(COMMENT_THREAD.documentId, init.documentId);
	if (amendmentId) thread.set(COMMENT_THREAD.amendmentId, amendmentId);
	thread.set(COMMENT_THREAD.quote, cleanLine(init.quote, COMMENT_LIMITS.quote) ?? '');
	thread.set(COMMENT_THREAD.createdBy, init.by);
	thread.set(COMMENT_THREAD.createdAt, init.now);
	// Made with the thread, so that words on it said apart all land in the same map.
	thread.set(COMMENT_THREAD.resolutions, new Y.Map<unknown>());
	addMessage(thread, text, init);
	return id;
}

/**
 * Begins a thread on the passage from `from` to `to` of a document's body, with its first
 * message: the record and the passage's mark are written in one change. Null when the document,
 * the passage or the message is missing.
 */
export function startThread(
	doc: Y.Doc,
	init: NewThread & { from: number; to: number }
): ThreadId | null {
	const body = documentBody(doc, init.documentId);
	const text = cleanText(init.text, COMMENT_LIMITS.message);
	if (!body || text === null || init.from === init.to) return null;
	let id: ThreadId | null = null;
	doc.transact(() => {
		id = addThread(doc, init, text, null);
		markPassage(body, init.from, init.to, id);
	});
	return id;
}

/**
 * Begins a thread on a proposed amendment of a document, with its first message; it marks no
 * passage. Null when the message is empty.
 */
export function startAmendmentThread(
	doc: Y.Doc,
	init: NewThread & { amendmentId: AmendmentId }
): ThreadId | null {
	const text = cleanText(init.text, COMMENT_LIMITS.message);
	if (text === null) return null;
	let id: ThreadId | null = null;
	doc.transact(() => (id = addThread(doc, init, text, init.amendmentId)));
	return id;
}

function threadEntry(doc: Y.Doc, id: ThreadId): Y.Map<unknown> | null {
	const entry = commentsMap(doc).get(id);
	return entry instanceof Y.Map ? entry : null;
}

function messageEntry(doc: Y.Doc, id: ThreadId, messageId: MessageId): Y.Map<unknown> | null {
	const messages = threadEntry(doc, id)?.get(COMMENT_THREAD.messages);
	const message = messages instanceof Y.Map ? messages.get(messageId) : null;
	return message instanceof Y.Map ? message : null;
}

/** Adds a reply to a thread; null when the thread or the words are missing. */
export function replyToThread(
	doc: Y.Doc,
	id: ThreadId,
	reply: Authored & { text: string }
): MessageId | null {
	const thread = threadEntry(doc, id);
	const text = cleanText(reply.text, COMMENT_LIMITS.message);
	if (!thread || text === null) return null;
	let messageId: MessageId | null = null;
	doc.transact(() => (messageId = addMessage(thread, text, reply)));
	return messageId;
}

/** Rewrites a message's words; false when it is missing, deleted, or the words are empty. */
export function editMessage(
	doc: Y.Doc,
	id: ThreadId,
	messageId: MessageId,
	change: { text: string; now: number }
): boolean {
	const message = messageEntry(doc, id, messageId);
	const text = cleanText(change.text, COMMENT_LIMITS.message);
	if (!message || text === null || message.has(COMMENT_MESSAGE.deletedAt)) return false;
	doc.transact(() => {
		message.set(COMMENT_MESSAGE.text, text);
		message.set(COMMENT_MESSAGE.editedAt, change.now);
	});
	return true;
}

/** Deletes a message's words; it stays in the thread as "message deleted". */
export function deleteMessage(
	doc: Y.Doc,
	id: ThreadId,
	messageId: MessageId,
	now: number
): boolean {
	const message = messageEntry(doc, id, messageId);
	if (!message) return false;
	doc.transact(() => {
		message.delete(COMMENT_MESSAGE.text);
		message.set(COMMENT_MESSAGE.deletedAt, now);
	});
	return true;
}

/**
 * Says that a thread's discussion is over (or open again); false when it is missing. What was
 * said latest, in time, wins, whichever copy said it.
 */
export function setThreadResolved(
	doc: Y.Doc,
	id: ThreadId,
	resolved: boolean,
	{ by, now }: Authored
): boolean {
	const thread = threadEntry(doc, id);
	if (!thread) return false;
	const said = { resolved, by, at: now };
	doc.transact(() => {
		let all = thread.get(COMMENT_THREAD.resolutions);
		if (!(all instanceof Y.Map)) {
			all = new Y.Map<unknown>();
			thread.set(COMMENT_THREAD.resolutions, all);
		}
		(all as Y.Map<unknown>).set(randomId(), said);
		thread.set(COMMENT_THREAD.resolution, said);
	});
	return true;
}
