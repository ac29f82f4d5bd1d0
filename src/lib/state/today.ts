import { createSubscriber } from 'svelte/reactivity';
import type { IsoDate, Workspace } from '../workspace';

/**
 * Today's date where this person is, as a reactive read: what reads it (a due date in words,
 * "check-in due") is worked out again when the date changes, even on a page left open overnight.
 */
export function reactiveToday(workspace: Workspace): () => IsoDate {
	const changed = createSubscriber((update) => workspace.commitments.observeToday(update));
	return () => {
		changed();
		return workspace.commitments.today();
	};
}
