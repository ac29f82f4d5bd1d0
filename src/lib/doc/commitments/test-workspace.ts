import * as Y from 'yjs';
import { addDocument } from '../documents';
import { newMemberId, type MemberId } from '../ids';
import { setMemberOrganisation, upsertMember, type MemberRole } from '../members';
import { paragraph } from '../rich-text';
import { createWorkspaceDoc } from '../schema';

/** A workspace for the commitment tests: three members (one an observer) and one document. */
export function testWorkspace() {
	const doc = createWorkspaceDoc();
	const person = (name: string, role: MemberRole, organisation: string | null, now: number) => {
		const id = newMemberId();
		upsertMember(doc, { id, name, colour: '#145a86', role, now });
		setMemberOrganisation(doc, id, organisation);
		return id;
	};
	const ana = person('Ana', 'facilitator', 'Red Sol', 1);
	const ben = person('Ben', 'member', 'Tamarind Trust', 2);
	const olu = person('Olu', 'observer', null, 3);
	const charter = addDocument(doc, {
		title: 'Charter',
		kind: 'charter',
		now: 4,
		blocks: [paragraph('Each member reports on its pilot every quarter.')]
	});
	return {
		doc,
		ana,
		ben,
		olu,
		charter,
		member: (id: MemberId) => ({ kind: 'member' as const, id })
	};
}

/** Brings two copies to the same state. */
export function sync(a: Y.Doc, b: Y.Doc): void {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** A second copy of a workspace, as a peer holds it. */
export function copyOf(doc: Y.Doc): Y.Doc {
	const copy = createWorkspaceDoc();
	Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
	return copy;
}
