import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Authorship } from '../authors';
import { copyOf, sync, testWorkspace } from '../commitments/test-workspace';
import { documentBody } from '../documents';
import { plainTextOf } from '../body';
import { AMENDMENT, ROOT, documentsMap } from '../schema';
import { checkAmendmentChange } from './change';
import { AmendmentFork } from './fork';
import { amendmentsMap, getAmendment, listAmendments } from './read';
import {
	AmendmentChangeError,
	acceptAmendment,
	endAmendment,
	setSupport,
	submitAmendment
} from './write';

/** A workspace in which Ben drafts "every month" for "every quarter" in the charter. */
function drafted() {
	const workspace = testWorkspace();
	const { doc, ben, charter } = workspace;
	new Authorship(doc).claimLocalChanges(ben);
	const fork = AmendmentFork.open(doc, { documentId: charter, member: ben })!;
	const body = fork.body!;
	const at = body.toString().indexOf('quarter');
	body.delete(at, 'quarter'.length);
	body.insert(at, 'month');
	return { ...workspace, fork };
}

function submit(w: ReturnType<typeof drafted>) {
	const { base, change } = w.fork.change;
	return submitAmendment(w.doc, {
		documentId: w.charter,
		quote: 'every quarter',
		rationale: 'Quarterly is too slow for a pilot.',
		base,
		change: change!,
		by: w.ben,
		now: 20
	});
}

describe('amendments', () => {
	it('are drafted apart: the workspace is unchanged until one is accepted', () => {
		const w = drafted();
		expect(plainTextOf(w.fork.body!)).toContain('every month');
		expect(plainTextOf(documentBody(w.doc, w.charter)!)).toContain('every quarter');
		const id = submit(w);
		expect(getAmendment(w.doc, id)).toMatchObject({
			quote: 'every quarter',
			rationale: 'Quarterly is too slow for a pilot.',
			proposedBy: w.ben,
			outcome: null
		});
		expect(plainTextOf(documentBody(w.doc, w.charter)!)).toContain('every quarter');
	});

	it('merge with edits made meanwhile when accepted, and the proposer is the writer', () => {
		const w = drafted();
		const id = submit(w);
		const body = documentBody(w.doc, w.charter)!;
		body.insert(0, 'Rule 1. ');
		const client = w.doc.clientID;
		expect(acceptAmendment(w.doc, id, { by: w.ana, now: 30 })).toBe(true);
		// This copy keeps its own client id (and so its record of authorship).
		expect(w.doc.clientID).toBe(client);
		expect(plainTextOf(body)).toBe('Rule 1. Each member reports on its pilot every month.');
		expect(getAmendment(w.doc, id)!.outcome).toEqual({
			result: 'accepted',
			by: w.ana,
			at: 30,
			decisionId: null
		});
		const authors = new Authorship(w.doc);
		expect(authors.authorOfClient(w.fork.doc.clientID)).toBe(w.ben);
		expect(acceptAmendment(w.doc, id, { by: w.ana, now: 31 })).toBe(false);
	});

	it('survive being drafted again from what was kept', () => {
		const w = drafted();
		const kept = w.fork.change;
		w.fork.destroy();
		const again = AmendmentFork.open(w.doc, { documentId: w.charter, member: w.ben, kept })!;
		expect(plainTextOf(again.body!)).toContain('every month');
		again.body!.insert(0, 'Always: ');
		const { change } = again.change;
		const copy = new Y.Doc({ gc: false });
		Y.applyUpdate(copy, Y.encodeStateAsUpdate(w.doc));
		Y.applyUpdateV2(copy, change!);
		expect(plainTextOf(documentBody(copy, w.charter)!)).toBe(
			'Always: Each member reports on its pilot every month.'
		);
	});

	it('accepted on two copies apart apply once and read alike', () => {
		const w = drafted();
		const id = submit(w);
		const other = copyOf(w.doc);
		documentBody(other, w.charter)!.insert(0, 'A ');
		acceptAmendment(w.doc, id, { by: w.ana, now: 30 });
		endAmendment(other, id, 'rejected', { by: w.ana, now: 29 });
		sync(w.doc, other);
		expect(plainTextOf(documentBody(other, w.charter)!)).toBe(
			plainTextOf(documentBody(w.doc, w.charter)!)
		);
		// The change is in the text: the acceptance is what every copy reads.
		expect(getAmendment(other, id)!.outcome?.result).toBe('accepted');
		expect(getAmendment(w.doc, id)!.outcome?.result).toBe('accepted');
	});

	it('keep members’ views until they end, and stay in the record once rejected', () => {
		const w = drafted();
		const id = submit(w);
		expect(setSupport(w.doc, id, { member: w.ana, supports: true, now: 21 })).toBe(true);
		expect(endAmendment(w.doc, id, 'rejected', { by: w.ana, now: 22 })).toBe(true);
		expect(setSupport(w.doc, id, { member: w.ben, supports: true, now: 23 })).toBe(false);
		expect(listAmendments(w.doc, w.charter)).toMatchObject([
			{ id, support: { [w.ana]: { supports: true } }, outcome: { result: 'rejected' } }
		]);
		expect(() => acceptAmendment(w.doc, id, { by: w.ana, now: 24 })).not.toThrow();
		expect(plainTextOf(documentBody(w.doc, w.charter)!)).toContain('every quarter');
	});

	describe('refuse a change that', () => {
		const refused = (w: ReturnType<typeof drafted>, change: Uint8Array, base = w.fork.base) =>
			checkAmendmentChange(w.doc, { documentId: w.charter, proposedBy: w.ben, base, change });

		it('is not an update', () => {
			const w = drafted();
			expect(refused(w, new Uint8Array([1, 2, 3]))).toBe('malformed');
		});

		it('touches anything but its document’s text', () => {
			const w = drafted();
			w.fork.doc.getMap(ROOT.members).delete(w.ana);
			expect(refused(w, w.fork.change.change!)).toBe('out-of-scope');
			const other = drafted();
			documentsMap(other.fork.doc).get(other.charter)!.set('title', 'Mine');
			expect(refused(other, other.fork.change.change!)).toBe('out-of-scope');
		});

		it('rewrites the record of who wrote what for anyone but its proposer', () => {
			const w = drafted();
			w.fork.doc.getMap(ROOT.authors).set(w.ana, new Y.Map());
			expect(refused(w, w.fork.change.change!)).toBe('out-of-scope');
		});

		it('claims for its proposer a client id it does not write under (someone else’s words)', () => {
			const w = drafted();
			const record = w.fork.doc.getMap(ROOT.authors).get(w.ben) as Y.Map<unknown>;
			(record.get('ids') as Y.Array<number>).push([w.doc.clientID + 1]);
			expect(refused(w, w.fork.change.change!)).toBe('out-of-scope');
		});

		it('comes with a base that says more is deleted than this copy holds deleted', () => {
			const w = drafted();
			// A forged base hides a deletion outside the text: it claims the roster was deleted.
			const base = Y.decodeSnapshot(w.fork.base);
			const member = w.doc.getMap(ROOT.members).get(w.ana) as Y.Map<unknown>;
			const { client, clock } = member._item!.id;
			const ds = { clients: new Map([...base.ds.clients, [client, [{ clock, len: 1 }]]]) };
			const forged = Y.encodeSnapshot(Y.createSnapshot(ds as typeof base.ds, base.sv));
			expect(refused(w, w.fork.change.change!, forged)).toBe('base-unknown');
		});

		it('does not apply on its base, or has a base this copy lacks', () => {
			const w = drafted();
			const elsewhere = testWorkspace();
			const foreign = AmendmentFork.open(elsewhere.doc, {
				documentId: elsewhere.charter,
				member: elsewhere.ben
			})!;
			foreign.body!.insert(0, 'x');
			expect(refused(w, foreign.change.change!, foreign.base)).toBe('base-unknown');
			expect(refused(w, foreign.change.change!)).toBe('does-not-apply');
		});

		it('writes under a client id the workspace already knows', () => {
			const w = drafted();
			const impostor = new Y.Doc({ gc: false });
			Y.applyUpdate(impostor, Y.encodeStateAsUpdate(w.doc));
			impostor.clientID = w.doc.clientID;
			const before = Y.encodeStateVector(impostor);
			documentBody(impostor, w.charter)!.insert(0, 'x');
			expect(refused(w, Y.encodeStateAsUpdateV2(impostor, before))).toBe('foreign-writer');
		});

		it('is stored by a peer without its checks, so it is never applied', () => {
			const w = drafted();
			const id = submit(w);
			amendmentsMap(w.doc)
				.get(id)!
				.set(AMENDMENT.change, new Uint8Array([0, 0, 0, 9]));
			const before = plainTextOf(documentBody(w.doc, w.charter)!);
			expect(() => acceptAmendment(w.doc, id, { by: w.ana, now: 30 })).toThrow(
				AmendmentChangeError
			);
			expect(plainTextOf(documentBody(w.doc, w.charter)!)).toBe(before);
			expect(getAmendment(w.doc, id)!.outcome).toBeNull();
		});
	});

	it('leave out records that break the schema, with a warning', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const w = drafted();
		submit(w);
		const broken = new Y.Map<unknown>();
		amendmentsMap(w.doc).set('AAAAAAAAAAAAAAAAAAAAAA', broken);
		broken.set(AMENDMENT.documentId, w.charter);
		expect(listAmendments(w.doc)).toHaveLength(1);
		expect(warn).toHaveBeenCalled();
		warn.mockRestore();
	});
});
