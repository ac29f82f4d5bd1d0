import { markedThreads, type Line } from '../../src/lib/doc';
import { CommentRefusedError } from '../../src/lib/workspace';
import { pointOf, randomPassage } from './body-lines';
import type { BodyEdit } from './editor-operations';
import type { Random } from './random';
import { applyBodyEdit, type Writer } from './writer';

/*
 * What members do with comment threads in a campaign, through the workspace's own operations:
 * begin a thread on a passage (which marks it in the text), reply, edit or delete one's own
 * message, resolve or reopen a thread, and delete the passage a thread is on (in the editor).
 */

/** What a member can do with comments, with how often they do it. */
export const COMMENT_WEIGHTS = {
	commentOnPassage: 1.5,
	replyToThread: 2,
	editOwnMessage: 0.6,
	deleteOwnMessage: 0.4,
	resolveThread: 0.8,
	deleteCommentedPassage: 0.6
} as const;

/** The name of one kind of comment operation. */
export type CommentOperationKind = keyof typeof COMMENT_WEIGHTS;

const MESSAGES = ['Why monthly?', 'Agreed.', 'نعم، موافق', '要再讨论', 'Let us ask the group 🙂'];

/** Applies one comment operation to a copy and describes it; null when there was none to make. */
export function applyCommentOperation(
	writer: Writer,
	kind: CommentOperationKind,
	random: Random
): string | null {
	const { workspace } = writer;
	const comments = workspace.comments;
	const threads = comments.list();
	const thread = threads.length > 0 ? random.pick(threads) : null;
	const own = thread?.messages.filter((m) => comments.mayChange(m)) ?? [];
	try {
		switch (kind) {
			case 'commentOnPassage': {
				const passage = randomPassage(workspace, random, 40);
				if (!passage) return null;
				const { documentId, from, to } = passage;
				const source = comments.anchor(documentId, from, to);
				if (!source) return null;
				const id = comments.start(source, random.pick(MESSAGES));
				return `comment ${id} on ${from}–${to} of ${documentId}`;
			}
			case 'replyToThread': {
				if (!thread) return null;
				const id = comments.reply(thread.id, random.pick(MESSAGES));
				return `reply ${id} to ${thread.id}`;
			}
			case 'editOwnMessage':
			case 'deleteOwnMessage': {
				if (!thread || own.length === 0) return null;
				const message = random.pick(own);
				if (kind === 'editOwnMessage') comments.edit(thread.id, message.id, random.pick(MESSAGES));
				else comments.remove(thread.id, message.id);
				return `${kind === 'editOwnMessage' ? 'edit' : 'delete'} ${message.id} of ${thread.id}`;
			}
			case 'resolveThread': {
				if (!thread) return null;
				comments.resolve(thread.id, !thread.resolved);
				return `${thread.resolved ? 'reopen' : 'resolve'} ${thread.id}`;
			}
			case 'deleteCommentedPassage': {
				const placed = threads.flatMap((t) => {
					const body = workspace.documents.body(t.documentId);
					const at = body ? markedThreads(body).get(t.id) : undefined;
					return at === undefined ? [] : [{ thread: t, at }];
				});
				if (placed.length === 0) return null;
				const { thread: chosen, at } = random.pick(placed);
				const length = random.int(1, 30);
				const deletion = (lines: readonly Line[]): BodyEdit | null => {
					const from = pointOf(lines, at);
					const to = pointOf(lines, at + length);
					return from && to ? { kind: 'delete', from, to } : null;
				};
				const done = applyBodyEdit(writer, chosen.documentId, 'delete', random, deletion);
				return done && `delete the passage of ${chosen.id}: ${done}`;
			}
		}
	} catch (error) {
		// Refused as the app refuses it (someone who left, a thread not here yet).
		if (error instanceof CommentRefusedError) return null;
		throw error;
	}
}
