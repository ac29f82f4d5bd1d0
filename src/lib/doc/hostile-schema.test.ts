import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Authorship } from './authors';
import { documentBody, listDocuments } from './documents';
import { newMemberId, type DocumentId, type MemberId } from './ids';
import { initializeWorkspace } from './initialize';
import { getMember, listMembers } from './members';
import { readMeta } from './meta';
import { observeDocumentList } from './observe';
import { ROOT, createWorkspaceDoc, schemaVersionOf } from './schema';

const amina = { id: newMemberId(), name: 'Amina', colour: '#1f5f5b' };

function workspace(): Y.Doc {
	const doc = createWorkspaceDoc();
	initializeWorkspace(doc, { name: 'Network', locale: 'en', now: 1000, creator: amina });
	return doc;
}

/** A peer's copy that writes whatever it likes, valid Yjs but not Concord's schema. */
function fromPeer(target: Y.Doc, write: (peer: Y.Doc) => void): void {
	const peer = createWorkspaceDoc();
	Y.applyUpdate(peer, Y.encodeStateAsUpdate(target));
	const before = Y.encodeStateVector(peer);
	write(peer);
	Y.applyUpdate(target, Y.encodeStateAsUpdate(peer, before), 'peer');
}

describe('valid updates that break the schema', () => {
	beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));
	afterEach(() => vi.restoreAllMocks());

	it('leave out documents without a body or of the wrong type, with a warning', () => {
		const doc = workspace();
		const good = listDocuments(doc);
		fromPeer(doc, (peer) => {
			const docs = peer.getMap(ROOT.documents);
			const noBody = new Y.Map<unknown>();
			noBody.set('title', 'No body');
			docs.set('no-body', noBody);
			const textBody = new Y.Map<unknown>();
			textBody.set('body', new Y.Text('plain'));
			docs.set('text-body', textBody);
			docs.set('a-string', 'not a map' as never);
			docs.set('an-array', new Y.Array() as never);
			const order = peer.getArray<unknown>(ROOT.documentOrder);
			order.push(['no-body', 42, { id: 'x' }, 'a-string', 'missing', null]);
		});
		expect(listDocuments(doc)).toEqual(good);
		expect(documentBody(doc, 'a-string' as DocumentId)).toBeNull();
		expect(documentBody(doc, 'text-body' as DocumentId)).toBeNull();
		expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/ignored document.*no body/));
	});

	it('show a member with an unknown role as a member, and leave out members without a name', () => {
		const doc = workspace();
		const mallory = newMemberId();
		fromPeer(doc, (peer) => {
			const members = peer.getMap(ROOT.members);
			const entry = new Y.Map<unknown>();
			entry.set('name', 'Mallory');
			entry.set('role', 'owner');
			entry.set('colour', 'red; background: url(x)');
			entry.set('joinedAt', 'yesterday');
			members.set(mallory, entry);
			members.set('nameless', new Y.Map() as never);
			members.set('number', 7 as never);
		});
		expect(getMember(doc, mallory)).toMatchObject({
			role: 'member',
			colour: '#1f5f5b',
			joinedAt: 0
		});
		expect(listMembers(doc).map((m) => m.name)).toEqual(['Mallory', 'Amina']);
		expect(getMember(doc, 'number')).toBeNull();
		expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/role of member/));
	});

	it('read meta of the wrong types as empty, never as the raw values', () => {
		const doc = workspace();
		fromPeer(doc, (peer) => {
			const meta = peer.getMap(ROOT.meta);
			meta.set('name', new Y.Map() as never);
			meta.set('languages', 'en' as never);
			meta.set('schemaVersion', '1' as never);
		});
		expect(readMeta(doc)).toEqual({ name: '', createdAt: 1000, languages: [] });
		expect(schemaVersionOf(doc)).toBe(0);
	});

	it('of the wrong root type are ignored by the readers and the observers', () => {
		const doc = workspace();
		const changes = vi.fn();
		const stop = observeDocumentList(doc, changes);
		fromPeer(doc, (peer) => {
			peer.getArray('versions').push(['not a version']);
			peer.getMap('decisions').set('d', 'not a decision');
			peer.getArray('documents').push(['an array item in the documents map']);
		});
		expect(listDocuments(doc).length).toBe(3);
		stop();
	});

	it('damaging the record of authors while open never throws; authors become unknown', () => {
		const doc = workspace();
		const authors = new Authorship(doc);
		authors.claimLocalChanges(amina.id as MemberId);
		expect(authors.available).toBe(true);
		expect(() =>
			fromPeer(doc, (peer) => {
				peer.getMap(ROOT.authors).set('intruder', 'not a record' as never);
			})
		).not.toThrow();
		expect(authors.available).toBe(false);
		expect(authors.authorOfClient(doc.clientID)).toBeNull();
		expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/record of authors/));
	});

	it('replacing the delete record of an author with garbage bytes never throws', () => {
		const doc = workspace();
		const authors = new Authorship(doc);
		expect(() =>
			fromPeer(doc, (peer) => {
				const user = new Y.Map<unknown>();
				const ds = new Y.Array<unknown>();
				const ids = new Y.Array<unknown>();
				user.set('ids', ids);
				user.set('ds', ds);
				peer.getMap(ROOT.authors).set('bea', user);
				ids.push([5]);
				ds.push([Uint8Array.of(255, 255, 255, 255, 255, 255, 255, 255, 255, 255)]);
			})
		).not.toThrow();
		expect(authors.authorOfClient(5)).toBeNull();
	});

	it('a peer overwriting this member’s own authors record does not break later edits', async () => {
		const doc = workspace();
		const authors = new Authorship(doc);
		authors.claimLocalChanges(amina.id as MemberId);
		fromPeer(doc, (peer) => peer.getMap(ROOT.authors).set(amina.id, 'gone' as never));
		const errors: unknown[] = [];
		const onError = (error: unknown) => errors.push(error);
		process.on('uncaughtException', onError);
		doc.getText('scratch').insert(0, 'abc');
		doc.getText('scratch').delete(0, 1);
		await new Promise((resolve) => setTimeout(resolve, 10));
		process.off('uncaughtException', onError);
		expect(errors).toEqual([]);
	});
});
