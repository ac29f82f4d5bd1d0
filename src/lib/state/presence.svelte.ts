import { createSubscriber } from 'svelte/reactivity';
import { readPresence, type PresenceSource, type PresentPerson } from '../workspace';

export type { PresentPerson };

/** Who is in the workspace now, from presence, as a reactive list. */
export class Presence {
	readonly #source: PresenceSource;
	readonly #subscribe: () => void;
	readonly #people = $derived.by(() => {
		this.#subscribe();
		return readPresence(this.#source);
	});

	constructor(source: PresenceSource) {
		this.#source = source;
		this.#subscribe = createSubscriber((update) => {
			source.on('change', update);
			return () => source.off('change', update);
		});
	}

	/** Everyone here now, yourself first. */
	get people(): readonly PresentPerson[] {
		return this.#people;
	}
}
