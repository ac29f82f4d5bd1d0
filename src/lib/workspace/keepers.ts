import type * as Y from 'yjs';
import { observeMeta, readMeta, type WorkspaceId } from '../doc';
import { AmendmentKeeper } from './amendment-keeper';
import { DecisionKeeper } from './decision-keeper';
import type { Clock, GroupSync, WorkspaceListings } from './ports';
import { RoundKeeper } from './round-keeper';
import { warn } from './registry';

/*
 * What an open workspace keeps in step by itself, each returning the function that stops it.
 */

/**
 * Records decisions' outcomes and feedback rounds' closes when they are due (while this copy is
 * in step with the group) and carries out outcomes on amendments; for a copy that can write.
 */
export function keepOutcomes(doc: Y.Doc, sync: GroupSync, clock: Clock): () => void {
	const inStep = () => sync.status.kind === 'connected' && sync.status.synced;
	const decisions = new DecisionKeeper(doc, inStep, clock);
	const rounds = new RoundKeeper(doc, inStep, clock);
	const amendments = new AmendmentKeeper(doc);
	const stopStatus = sync.subscribe(() => {
		decisions.check();
		rounds.check();
	});
	return () => {
		stopStatus();
		decisions.destroy();
		rounds.destroy();
		amendments.destroy();
	};
}

/** Keeps the listing's copy of a workspace's name in step with renames, wherever they come from. */
export function keepListedName(
	doc: Y.Doc,
	id: WorkspaceId,
	listings: WorkspaceListings
): () => void {
	let lastName = readMeta(doc).name;
	return observeMeta(doc, () => {
		const { name } = readMeta(doc);
		if (name && name !== lastName) {
			lastName = name;
			listings.update(id, { name }).catch(warn('could not remember the new name'));
		}
	});
}
