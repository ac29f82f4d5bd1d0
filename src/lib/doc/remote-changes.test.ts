import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Authorship } from './authors';
import { addDocument, documentBody } from './documents';
import { newMemberId } from './ids';
import { trackRemoteChanges } from './remote-changes';
import { createWorkspaceDoc } from './schema';
import { paragraph } from './rich-text';

const PEER = Symbol('peer');

/** Delivers everything `from` has that `to` lacks, as a peer would. */
function deliver(from: Y.Doc, to: Y.Doc) {
	Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), PEER);
}

function sharedWorkspace() {
	const a = createWorkspaceDoc();
	const charter = addDocument(a, {
		title: 'Charter',
		kind: 'charter',
		now: 1,
		blocks: [paragraph('We meet monthly.')]
	});
	const notes = addDocument(a, { title: 'Notes', kind: 'notes', now: 2 });
	const b = createWorkspaceDoc();
	deliver(a, b);
	return { a, b, charter, notes };
}

describe('remote change tracking', () => {
	it('counts per document what others inserted and deleted, and who wrote it', () => {
		const { a, b, charter } = sharedWorkspace();
		const authorsA = new Authorship(a);
		const bea = newMemberId();
		const tracker = trackRemoteChanges(b, (origin) => origin === PEER);

		authorsA.claimLocalChanges(bea);
		const text = documentBody(a, charter)!;
		a.transact(() => {
			text.delete(0, 3); // "We "
			text.insert(text.length - 1, ' And we publish minutes.');
		});
		deliver(a, b);

		const [change, ...rest] = tracker.summary();
		expect(rest).toEqual([]);
		expect(change).toMatchObject({ documentId: charter, inserted: 24, deleted: 3 });
		const authorsB = new Authorship(b);
		expect([...change!.writers].map((c) => authorsB.authorOfClient(c))).toContain(bea);
		tracker.stop();
	});

	it('credits each document only to those who changed it, even when changes arrive together', () => {
		const { a, b, charter, notes } = sharedWorkspace();
		const c = createWorkspaceDoc();
		deliver(a, c);
		const tracker = trackRemoteChanges(b, (origin) => origin === PEER);
		documentBody(a, charter)!.insert(0, 'A: ');
		documentBody(c, notes)!.insert(0, 'C wrote notes');
		deliver(c, a); // one catch-up carrying both members' changes
		deliver(a, b);
		const byDocument = new Map(tracker.summary().map((s) => [s.documentId, [...s.writers]]));
		expect(byDocument.get(charter)).toEqual([a.clientID]);
		expect(byDocument.get(notes)).toEqual([c.clientID]);
	});

	it('ignores this copy’s own changes and anything after stop()', () => {
		const { a, b, notes } = sharedWorkspace();
		const tracker = trackRemoteChanges(b, (origin) => origin === PEER);
		const own = documentBody(b, notes)!;
		own.insert(0, 'mine');
		expect(tracker.summary()).toEqual([]);
		tracker.stop();
		documentBody(a, notes)!.insert(0, 'after');
		deliver(a, b);
		expect(tracker.summary()).toEqual([]);
	});

	it('counts whole paragraphs that arrive or disappear, with their line ends', () => {
		const { a, b, notes } = sharedWorkspace();
		const tracker = trackRemoteChanges(b, (origin) => origin === PEER);
		documentBody(a, notes)!.insert(0, 'Ten chars.\n', { block: 'paragraph' });
		deliver(a, b);
		expect(tracker.summary()[0]).toMatchObject({ documentId: notes, inserted: 11, deleted: 0 });
		documentBody(a, notes)!.delete(0, 11);
		deliver(a, b);
		expect(tracker.summary()[0]).toMatchObject({ documentId: notes, inserted: 11, deleted: 11 });
	});
});
