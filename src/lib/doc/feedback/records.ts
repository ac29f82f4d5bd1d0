import * as Y from 'yjs';
import { roundsMap } from './read';
import type { Question, RoundId } from './types';

/*
 * What the writers of rounds share: their refusal, and how they reach a round's record and its
 * nested maps of questions, answers and steps.
 */

/** Why a round's form was refused, for the interface to say in the reader's language. */
export type RoundInputProblem =
	| 'title-missing'
	| 'prompt-missing'
	| 'options-missing'
	| 'too-many-questions'
	| 'closes-before-opens'
	| 'no-such-question'
	| 'not-an-answer'
	| 'answer-missing'
	| 'step-missing';

/** A round's form was refused: which field, why, and (for an answer) which question. */
export class RoundInputError extends Error {
	constructor(
		readonly field: 'title' | 'question' | 'answer' | 'dates' | 'step',
		readonly problem: RoundInputProblem,
		readonly question: Question | null = null
	) {
		super(`The round was not changed: ${problem}${question ? ` (${question.prompt})` : ''}.`);
		this.name = 'RoundInputError';
	}
}

/** A round's record, or null when there is none (or it is not one). */
export function entryOf(doc: Y.Doc, id: RoundId): Y.Map<unknown> | null {
	const entry = roundsMap(doc).get(id);
	return entry instanceof Y.Map ? entry : null;
}

/** One of a round's nested maps, or null when it lacks it. */
export function nested(entry: Y.Map<unknown>, key: string): Y.Map<unknown> | null {
	const value = entry.get(key);
	return value instanceof Y.Map ? value : null;
}

/** A record of its own fields, so that changes to different fields made apart all survive. */
export function fieldsMap(value: Record<string, unknown>): Y.Map<unknown> {
	return new Y.Map<unknown>(Object.entries(value));
}

/** Sets the fields of a nested record that differ. */
export function setChanged(map: Y.Map<unknown>, value: Record<string, unknown>): void {
	for (const [key, field] of Object.entries(value))
		if (JSON.stringify(map.get(key)) !== JSON.stringify(field)) map.set(key, field);
}
