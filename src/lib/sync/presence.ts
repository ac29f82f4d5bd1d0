import type { Awareness } from 'y-protocols/awareness';
import { isWellFormedId, readPresenceUser, type DocumentId } from '../doc';

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
	const person = readPresenceUser(user);
	if (!person?.name) return null;
	return {
		clientId,
		name: person.name,
		colour: person.colour,
		documentId: isWellFormedId(documentId) ? (documentId as DocumentId) : null,
		self
	};
}

/** The most people the presence list shows; a peer may claim any number of copies. */
export const MAX_PRESENT_PEOPLE = 100;

/**
 * Everyone in the room as presence describes them, read defensively (text only, bounded, a colour
 * Concord can draw): yourself first, then the others by name, at most `MAX_PRESENT_PEOPLE`.
 */
export function readPresence(awareness: Awareness): PresentPerson[] {
	const self = awareness.clientID;
	const people: PresentPerson[] = [];
	for (const [clientId, state] of awareness.getStates()) {
		const person = readPerson(clientId, state, clientId === self);
		if (person) people.push(person);
	}
	people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
	return people.slice(0, MAX_PRESENT_PEOPLE);
}
