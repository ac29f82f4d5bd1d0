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

/**
 * The rounds and what this person may do with them, read again at every change of a round and
 * every minute (a round opens and closes at its dates, with nothing written then).
 */
export function feedbackSubscriber(workspace: Workspace): () => void {
	return createSubscriber((update) => {
		const stop = workspace.feedback.observe(update);
		let timer: unknown;
		const tick = () => {
			update();
			timer = workspace.clock.setTimeout(tick, 60_000);
		};
		timer = workspace.clock.setTimeout(tick, 60_000);
		return () => {
			stop();
			workspace.clock.clearTimeout(timer);
		};
	});
}
