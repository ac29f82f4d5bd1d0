import * as Y from 'yjs';
import { randomId } from '../ids';
import { cleanText } from '../meta';
import { ROUND } from '../schema';
import { getRound } from './read';
import { entryOf, fieldsMap, nested, RoundInputError, setChanged } from './records';
import { ROUND_LIMITS, type RoundId, type StepId } from './types';

/*
 * The group's response to a round's results and its steps towards improvement.
 */

/** Writes the group's response to a round's results. */
export function setRoundResponse(doc: Y.Doc, id: RoundId, text: string): boolean {
	const entry = entryOf(doc, id);
	if (!entry) return false;
	const response = cleanText(text, ROUND_LIMITS.response) ?? '';
	if (entry.get(ROUND.response) !== response)
		doc.transact(() => entry.set(ROUND.response, response));
	return true;
}

/** Adds a step towards improvement at the end (or rewrites one); returns its id. */
export function putStep(doc: Y.Doc, id: RoundId, text: string, stepId?: StepId): StepId | null {
	const round = getRound(doc, id);
	const steps = entryOf(doc, id) && nested(entryOf(doc, id)!, ROUND.steps);
	if (!round || !steps) return null;
	const clean = cleanText(text, ROUND_LIMITS.step);
	if (clean === null) throw new RoundInputError('step', 'step-missing');
	const existing = round.steps.find((s) => s.id === stepId);
	const rank = existing?.rank ?? Math.max(-1, ...round.steps.map((s) => s.rank)) + 1;
	const key = existing?.id ?? (randomId() as StepId);
	const stored = steps.get(key);
	doc.transact(() => {
		if (stored instanceof Y.Map) setChanged(stored, { text: clean });
		else steps.set(key, fieldsMap({ text: clean, rank }));
	});
	return key;
}

/** Removes a step; false when there is none. */
export function removeStep(doc: Y.Doc, id: RoundId, stepId: StepId): boolean {
	const steps = entryOf(doc, id) && nested(entryOf(doc, id)!, ROUND.steps);
	if (!steps?.has(stepId)) return false;
	doc.transact(() => steps.delete(stepId));
	return true;
}
