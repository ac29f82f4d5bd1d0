import type { Awareness } from 'y-protocols/awareness';
import { MEMBER_COLOURS, cleanMemberName, isColour, isWellFormedId, type DocumentId } from '../doc';

/** One person here now, as their presence says (never trusted for identity). */
export interface PresentPerson {
	clientId: number;
	name: string;
	colour: string;
	documentId: DocumentId | null;
	self: boolean;
}

function readPerson(clientId: number, state: unknown, self: boolean): PresentPerson | null {
	if (typeof state !== 'object' || state === null) return null;
	const { user, documentId } = state as { user?: unknown; documentId?: unknown };
	if (typeof user !== 'object' || user === null) return null;
	const { name, color } = user as { name?: unknown; color?: unknown };
	const clean = cleanMemberName(name);
	if (!clean) return null;
	return {
		clientId,
		name: clean,
		colour: isColour(color) ? color : MEMBER_COLOURS[0],
		documentId: isWellFormedId(documentId) ? (documentId as DocumentId) : null,
		self
	};
}

/**
 * Everyone in the room as presence describes them, read defensively (text only, bounded, a colour
 * Concord can draw): yourself first, then the others by name.
 */
export function readPresence(awareness: Awareness): PresentPerson[] {
	const self = awareness.clientID;
	const people: PresentPerson[] = [];
	for (const [clientId, state] of awareness.getStates()) {
		const person = readPerson(clientId, state, clientId === self);
		if (person) people.push(person);
	}
	return people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}
