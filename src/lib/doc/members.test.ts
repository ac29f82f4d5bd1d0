import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newMemberId } from './ids';
import {
	getMember,
	listMembers,
	organisationKey,
	setMemberLeft,
	setMemberOrganisation,
	upsertMember
} from './members';
import { createWorkspaceDoc, membersMap } from './schema';

describe('members', () => {
	it('are recorded once, keep their role, and take a new name or colour', () => {
		const doc = createWorkspaceDoc();
		const id = newMemberId();
		upsertMember(doc, { id, name: ' Bea ', colour: '#145a86', role: 'facilitator', now: 5 });
		upsertMember(doc, { id, name: 'Beatriz', colour: '#7a3e9d', role: 'member', now: 9 });
		expect(listMembers(doc)).toEqual([
			{
				id,
				name: 'Beatriz',
				colour: '#7a3e9d',
				role: 'facilitator',
				joinedAt: 5,
				organisation: null,
				leftAt: null
			}
		]);
		expect(() =>
			upsertMember(doc, { id, name: '  ', colour: '#7a3e9d', role: 'member', now: 9 })
		).toThrow();
	});

	it('added on two copies at once are both kept after merging', () => {
		const a = createWorkspaceDoc();
		const b = createWorkspaceDoc();
		upsertMember(a, { id: newMemberId(), name: 'Ama', colour: '#1f5f5b', role: 'member', now: 1 });
		upsertMember(b, { id: newMemberId(), name: 'Bo', colour: '#145a86', role: 'member', now: 2 });
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		expect(listMembers(a).map((m) => m.name)).toEqual(['Ama', 'Bo']);
	});

	it('sent malformed by a peer are ignored or repaired, never shown raw', () => {
		const doc = createWorkspaceDoc();
		const bad = new Y.Map<unknown>();
		bad.set('name', 42);
		const odd = new Y.Map<unknown>();
		odd.set('name', 'x'.repeat(500));
		odd.set('colour', 'red; background: url(evil)');
		odd.set('role', 'owner');
		doc.transact(() => {
			membersMap(doc).set('badbadbadbadbadbadbad1', bad);
			membersMap(doc).set('oddoddoddoddoddoddodd1', odd);
			(membersMap(doc) as Y.Map<unknown>).set('notamapnotamapnotamap1', 'text');
		});
		expect(listMembers(doc)).toEqual([
			{
				id: 'oddoddoddoddoddoddodd1',
				name: 'x'.repeat(60),
				colour: '#1f5f5b',
				role: 'member',
				joinedAt: 0,
				organisation: null,
				leftAt: null
			}
		]);
		expect(getMember(doc, 'badbadbadbadbadbadbad1')).toBeNull();
	});

	it('name their organisation, one spelling of it matching another, and stay on record once they leave', () => {
		const doc = createWorkspaceDoc();
		const id = newMemberId();
		upsertMember(doc, { id, name: 'Ama', colour: '#1f5f5b', role: 'member', now: 1 });
		setMemberOrganisation(doc, id, '  Red\u200b  Sol ');
		expect(getMember(doc, id)?.organisation).toBe('Red Sol');
		expect(organisationKey('RED  sol')).toBe(organisationKey('Red Sol'));
		setMemberLeft(doc, id, 50);
		setMemberLeft(doc, id, 60);
		expect(getMember(doc, id)).toMatchObject({ leftAt: 50, organisation: 'Red Sol' });
		setMemberOrganisation(doc, id, ' ');
		setMemberLeft(doc, id, null);
		expect(getMember(doc, id)).toMatchObject({ leftAt: null, organisation: null });
	});
});
