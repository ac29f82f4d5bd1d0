import type * as Y from 'yjs';
import {
	documentBody,
	listThreads,
	markedThreads,
	type Block,
	type DocumentId,
	type MemberId
} from '../../doc';

/** The words of a document's comments in an export, in the reader's language. */
export interface CommentExportLabels {
	heading: string;
	/** A thread's subject: on a passage, on deleted text, or on an amendment. */
	onPassage(quote: string): string;
	onDeleted(quote: string): string;
	/** On an amendment: the words of the passage it began on (empty: the whole text). */
	onAmendment(quote: string): string;
	resolved(name: string, date: string): string;
	deleted: string;
	person(id: MemberId): string;
	date(at: number): string;
}

/** One comment thread as an export carries it: its subject and messages, all in words. */
export interface ExportComment {
	id: string;
	subject: string;
	/** Who resolved it and when, or null while it is open. */
	resolved: string | null;
	/** Each message's writer, moment (and that moment in words) and words. */
	messages: { author: string; at: Date; when: string; text: string }[];
}

/**
 * The comment threads of a document as an export carries them, in the order of their passages,
 * then those on deleted text and on amendments; every word already in the reader's language.
 */
export function exportComments(
	doc: Y.Doc,
	documentId: DocumentId,
	labels: CommentExportLabels
): ExportComment[] {
	const body = documentBody(doc, documentId);
	const marked = body ? markedThreads(body) : new Map<string, number>();
	return listThreads(doc, documentId)
		.map((thread) => ({ thread, at: marked.get(thread.id) ?? Infinity }))
		.sort((a, b) => a.at - b.at)
		.map(({ thread, at }) => ({
			id: thread.id,
			subject: thread.amendmentId
				? labels.onAmendment(thread.quote)
				: at === Infinity
					? labels.onDeleted(thread.quote)
					: labels.onPassage(thread.quote),
			resolved: thread.resolved
				? labels.resolved(labels.person(thread.resolved.by), labels.date(thread.resolved.at))
				: null,
			messages: thread.messages.map((message) => ({
				author: labels.person(message.by),
				at: new Date(message.at),
				when: labels.date(message.at),
				text: message.deleted ? labels.deleted : message.text
			}))
		}));
}

/** Comment threads as blocks that follow the text: each thread's subject, then its messages. */
export function commentsAppendix(comments: readonly ExportComment[], heading: string): Block[] {
	if (comments.length === 0) return [];
	return [
		{ type: 'heading', level: 2, runs: [{ text: heading }] },
		...comments.flatMap((comment): Block[] => [
			{ type: 'heading', level: 3, runs: [{ text: comment.subject }] },
			...(comment.resolved
				? [{ type: 'paragraph' as const, runs: [{ text: comment.resolved, italic: true }] }]
				: []),
			{
				type: 'list',
				ordered: false,
				start: 1,
				items: comment.messages.map((message) => [
					{
						type: 'paragraph' as const,
						runs: [
							{ text: `${message.author} (${message.when}): `, bold: true },
							{ text: message.text }
						]
					}
				])
			}
		])
	];
}
