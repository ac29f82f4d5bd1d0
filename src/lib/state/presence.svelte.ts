import { createSubscriber } from 'svelte/reactivity';
import { readPresence, type PresenceSource, type PresentPerson } from '../workspace';

export type { PresentPerson };

/** The list is refreshed at most this often, however fast presence changes arrive. */
const REFRESH_MS = 200;

/** Who is in the workspace now, from presence, as a reactive list refreshed at a bounded rate. */
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
			let timer: ReturnType<typeof setTimeout> | undefined;
			let last = -Infinity;
			const onChange = () => {
				if (timer !== undefined) return;
				const wait = Math.max(0, last + REFRESH_MS - performance.now());
				timer = setTimeout(() => {
					timer = undefined;
					last = performance.now();
					update();
				}, wait);
			};
			source.on('change', onChange);
			return () => {
				clearTimeout(timer);
				source.off('change', onChange);
			};
		});
	}

	/** Everyone here now, yourself first. */
	get people(): readonly PresentPerson[] {
		return this.#people;
	}
}
