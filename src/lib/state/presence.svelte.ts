import { createSubscriber } from 'svelte/reactivity';
import type { Awareness } from 'y-protocols/awareness';
import { MAX_MEMBER_NAME, isColour, isWellFormedId, MEMBER_COLOURS, type DocumentId } from '../doc';

/** One person here now, as their presence says (never trusted for identity). */
export interface PresentPerson {
	clientId: number;
	name: string;
	colour: string;
	documentId: DocumentId | null;
	self: boolean;
}

/** Reads one peer's presence defensively: text only, bounded, with a colour Concord can draw. */
function readPerson(clientId: number, state: unknown, self: boolean): PresentPerson | null {
	if (typeof state !== 'object' || state === null) return null;
	const { user, documentId } = state as { user?: unknown; documentId?: unknown };
	if (typeof user !== 'object' || user === null) return null;
	const { name, color } = user as { name?: unknown; color?: unknown };
	if (typeof name !== 'string') return null;
	const clean = name
		.replace(/[\p{Cc}\p{Cf}]/gu, '')
		.trim()
		.slice(0, MAX_MEMBER_NAME);
	if (!clean) return null;
	return {
		clientId,
		name: clean,
		colour: isColour(color) ? color : MEMBER_COLOURS[0],
		documentId: isWellFormedId(documentId) ? (documentId as DocumentId) : null,
		self
	};
}

/** Who is in the workspace now, from presence: yourself first, then the others by name. */
export class Presence {
	readonly #awareness: Awareness;
	readonly #subscribe: () => void;
	readonly #people = $derived.by(() => {
		this.#subscribe();
		return this.#read();
	});

	constructor(awareness: Awareness) {
		this.#awareness = awareness;
		this.#subscribe = createSubscriber((update) => {
			awareness.on('change', update);
			return () => awareness.off('change', update);
		});
	}

	/** Everyone here now. */
	get people(): readonly PresentPerson[] {
		return this.#people;
	}

	#read(): PresentPerson[] {
		const self = this.#awareness.clientID;
		const people: PresentPerson[] = [];
		for (const [clientId, state] of this.#awareness.getStates()) {
			const person = readPerson(clientId, state, clientId === self);
			if (person) people.push(person);
		}
		return people.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
	}
}
