import * as Y from 'yjs';
import type { AmendmentId, DocumentId, MemberId } from '../ids';
import { cleanLine, cleanText, isMoment } from '../meta';
import { isWellFormedId } from '../ids';
import { readRecord, unusable } from '../record';
import { COMMENT_MESSAGE, COMMENT_THREAD, ROOT } from '../schema';
import {
	COMMENT_LIMITS,
	type CommentMessage,
	type CommentThread,
	type MessageId,
	type ThreadId
} from './types';

/** The `comments` root: one `Y.Map` per thread, keyed by thread id. */
export function commentsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap(ROOT.comments);
}

const byTime = <T extends { at: number; id: string }>(a: T, b: T) =>
	a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function readMessage(id: string, entry: unknown): CommentMessage | null {
	return readRecord('comment', id, entry, (message) => {
		const by: unknown = message.get(COMMENT_MESSAGE.by);
		const at: unknown = message.get(COMMENT_MESSAGE.at);
		if (!isWellFormedId(by)) return unusable('it names no member');
		if (!isMoment(at)) return unusable('it has no date');
		const editedAt: unknown = message.get(COMMENT_MESSAGE.editedAt);
		const deleted = isMoment(message.get(COMMENT_MESSAGE.deletedAt));
		return {
			id: id as MessageId,
			by: by as MemberId,
			at,
			text: deleted
				? ''
				: (cleanText(message.get(COMMENT_MESSAGE.text), COMMENT_LIMITS.message) ?? ''),
			editedAt: isMoment(editedAt) ? editedAt : null,
			deleted
		};
	});
}

function readMessages(value: unknown): CommentMessage[] {
	if (!(value instanceof Y.Map)) return [];
	const messages: CommentMessage[] = [];
	value.forEach((entry, id) => {
		const message = readMessage(id, entry);
		if (message) messages.push(message);
	});
	return messages.sort(byTime).slice(0, COMMENT_LIMITS.messages);
}

interface Said {
	resolved: boolean;
	by: MemberId;
	at: number;
	id: string;
}

function readSaid(id: string, value: unknown): Said | null {
	if (typeof value !== 'object' || value === null) return null;
	const { resolved, by, at } = value as Record<string, unknown>;
	if (typeof resolved !== 'boolean' || !isWellFormedId(by) || !isMoment(at)) return null;
	return { resolved, by: by as MemberId, at, id };
}

/**
 * Whether a thread is resolved: the latest word said on it, in time, wherever it was said (the
 * single `resolution` older builds write counts as one more).
 */
function readResolution(thread: Y.Map<unknown>): CommentThread['resolved'] {
	const said: Said[] = [];
	const single = readSaid('', thread.get(COMMENT_THREAD.resolution));
	if (single) said.push(single);
	const all: unknown = thread.get(COMMENT_THREAD.resolutions);
	if (all instanceof Y.Map)
		all.forEach((value, id) => {
			const one = readSaid(id, value);
			if (one) said.push(one);
		});
	const latest = said.sort(byTime).at(-1);
	return latest?.resolved ? { by: latest.by, at: latest.at } : null;
}

function readThread(id: string, entry: unknown): CommentThread | null {
	return readRecord('comment thread', id, entry, (thread) => {
		const documentId: unknown = thread.get(COMMENT_THREAD.documentId);
		const createdBy: unknown = thread.get(COMMENT_THREAD.createdBy);
		const createdAt: unknown = thread.get(COMMENT_THREAD.createdAt);
		if (!isWellFormedId(id)) return unusable('its id is not one');
		if (!isWellFormedId(documentId)) return unusable('it names no document');
		if (!isWellFormedId(createdBy)) return unusable('it names no member');
		if (!isMoment(createdAt)) return unusable('it has no date');
		const messages = readMessages(thread.get(COMMENT_THREAD.messages));
		const amendmentId: unknown = thread.get(COMMENT_THREAD.amendmentId);
		if (messages.length === 0) return unusable('it has no message');
		return {
			id: id as ThreadId,
			documentId: documentId as DocumentId,
			quote: cleanLine(thread.get(COMMENT_THREAD.quote), COMMENT_LIMITS.quote) ?? '',
			createdBy: createdBy as MemberId,
			createdAt,
			messages,
			resolved: readResolution(thread),
			amendmentId: isWellFormedId(amendmentId) ? (amendmentId as AmendmentId) : null
		};
	});
}

/** Every well-formed thread (of one document, when given), oldest first. */
export function listThreads(doc: Y.Doc, documentId?: DocumentId): CommentThread[] {
	const threads: CommentThread[] = [];
	commentsMap(doc).forEach((entry, id) => {
		const thread = readThread(id, entry);
		if (thread && (!documentId || thread.documentId === documentId)) threads.push(thread);
	});
	return threads.sort((a, b) =>
		byTime({ at: a.createdAt, id: a.id }, { at: b.createdAt, id: b.id })
	);
}

/** One thread by id, or null. */
export function getThread(doc: Y.Doc, id: string): CommentThread | null {
	return readThread(id, commentsMap(doc).get(id));
}

/** Calls `onChange` when any thread or message changes. */
export function observeThreads(doc: Y.Doc, onChange: () => void): () => void {
	const map = commentsMap(doc);
	map.observeDeep(onChange);
	return () => map.unobserveDeep(onChange);
}
