import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { copyOf, sync, testWorkspace } from '../commitments/test-workspace';
import { documentBody } from '../documents';
import { COMMENT_THREAD } from '../schema';
import { markedThreads } from './marks';
import { commentsMap, getThread, listThreads } from './read';
import type { MessageId, ThreadId } from './types';
import { deleteMessage, editMessage, replyToThread, setThreadResolved, startThread } from './write';

/** A thread by Ana on "reports on its pilot" in the charter. */
function withThread() {
	const workspace = testWorkspace();
	const { doc, ana, charter } = workspace;
	const body = documentBody(doc, charter)!;
	const from = body.toString().indexOf('reports');
	const to = from + 'reports on its pilot'.length;
	const id = startThread(doc, {
		documentId: charter,
		from,
		to,
		quote: 'reports on its pilot',
		text: '  Which pilot?\u0007 ',
		by: ana,
		now: 10
	})!;
	return { ...workspace, body, id, from };
}

describe('comment threads', () => {
	it('begin on a passage they mark, with their first message and its quote', () => {
		const { doc, ana, charter, body, id, from } = withThread();
		expect(getThread(doc, id)).toMatchObject({
			documentId: charter,
			quote: 'reports on its pilot',
			createdBy: ana,
			resolved: null,
			messages: [{ by: ana, at: 10, text: 'Which pilot?', deleted: false }]
		});
		expect(markedThreads(body)).toEqual(new Map([[id, from]]));
		expect(listThreads(doc, charter).map((t) => t.id)).toEqual([id]);
	});

	it('keep the replies of members who wrote apart, in time order, on every copy', () => {
		const { doc: a, ben, olu, id } = withThread();
		const b = copyOf(a);
		replyToThread(b, id, { text: 'The water pilot.', by: ben, now: 30 });
		replyToThread(a, id, { text: 'Observers ask too.', by: olu, now: 20 });
		sync(a, b);
		const texts = (doc: Y.Doc) => getThread(doc, id)!.messages.map((m) => m.text);
		expect(texts(a)).toEqual(['Which pilot?', 'Observers ask too.', 'The water pilot.']);
		expect(texts(b)).toEqual(texts(a));
	});

	it('leave a deleted message as deleted, even if its writer edited it elsewhere meanwhile', () => {
		const { doc: a, ana, id } = withThread();
		const first = getThread(a, id)!.messages[0]!.id;
		const b = copyOf(a);
		expect(editMessage(b, id, first, { text: 'Which pilot, exactly?', now: 40 })).toBe(true);
		expect(deleteMessage(a, id, first, 41)).toBe(true);
		sync(a, b);
		for (const doc of [a, b])
			expect(getThread(doc, id)!.messages[0]).toMatchObject({ text: '', deleted: true, by: ana });
		expect(editMessage(a, id, first, { text: 'again', now: 42 })).toBe(false);
	});

	it('are resolved and reopened, the latest word counting', () => {
		const { doc, ana, ben, id } = withThread();
		setThreadResolved(doc, id, true, { by: ben, now: 50 });
		expect(getThread(doc, id)!.resolved).toEqual({ by: ben, at: 50 });
		setThreadResolved(doc, id, false, { by: ana, now: 60 });
		expect(getThread(doc, id)!.resolved).toBeNull();
	});

	it('said resolved and reopened on two copies apart read as the later in time, on both', () => {
		for (const later of ['resolved', 'reopened'] as const) {
			const { doc, ana, ben, id } = withThread();
			const other = copyOf(doc);
			// Whichever copy's Yjs client would win a plain overwrite, time decides.
			const [first, second] = doc.clientID < other.clientID ? [doc, other] : [other, doc];
			setThreadResolved(second, id, later !== 'resolved', { by: ana, now: 50 });
			setThreadResolved(first, id, later === 'resolved', { by: ben, now: 60 });
			sync(doc, other);
			for (const copy of [doc, other])
				expect(getThread(copy, id)!.resolved).toEqual(
					later === 'resolved' ? { by: ben, at: 60 } : null
				);
		}
	});

	it('never mark half of a character, so an emoji reaches peers whole', () => {
		const { doc, ana, charter } = withThread();
		const body = documentBody(doc, charter)!;
		body.insert(0, '🌱 ');
		// From the middle of the emoji (offset 1) to the middle of the text.
		startThread(doc, {
			documentId: charter,
			from: 1,
			to: 4,
			quote: 'x',
			text: 'Half?',
			by: ana,
			now: 70
		});
		const peer = copyOf(doc);
		expect(documentBody(peer, charter)!.toString().slice(0, 3)).toBe('🌱 ');
	});

	it('outlive their passage: once it is deleted the thread stays, with its quote', () => {
		const { doc, body, id, from } = withThread();
		body.delete(from, 'reports on its pilot'.length);
		expect(markedThreads(body).has(id)).toBe(false);
		expect(getThread(doc, id)!.quote).toBe('reports on its pilot');
	});

	it('mark text only, never the line ends of a passage over several lines', () => {
		const { doc, ana, charter } = testWorkspace();
		const body = documentBody(doc, charter)!;
		body.insert(body.length, 'Second line.\n');
		const id = startThread(doc, {
			documentId: charter,
			from: 5,
			to: body.length - 3,
			quote: 'x',
			text: 'Both lines',
			by: ana,
			now: 1
		})!;
		const delta = body.toDelta() as { insert: string; attributes?: Record<string, unknown> }[];
		const marked = delta.filter((op) => op.attributes?.[`comment:${id}`]).map((op) => op.insert);
		expect(marked.join('|')).not.toContain('\n');
		expect(marked.length).toBe(2);
	});

	it('sent malformed by a peer are left out with a warning, never thrown', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { doc, charter } = testWorkspace();
		const hostile = new Y.Map<unknown>();
		doc.transact(() => {
			commentsMap(doc).set('hostilehostilehostil1' as ThreadId, hostile);
			hostile.set(COMMENT_THREAD.documentId, charter);
			hostile.set(COMMENT_THREAD.createdBy, '../etc');
			(commentsMap(doc) as Y.Map<unknown>).set('notamapnotamapnotama1', 42);
		});
		expect(listThreads(doc)).toEqual([]);
		expect(
			replyToThread(doc, 'nosuchnosuchnosuchno1' as ThreadId, {
				text: 'x',
				by: 'a' as never,
				now: 1
			})
		).toBeNull();
		expect(deleteMessage(doc, 'nosuchnosuchnosuchno1' as ThreadId, 'x' as MessageId, 1)).toBe(
			false
		);
		expect(warn).toHaveBeenCalled();
		warn.mockRestore();
	});
});
