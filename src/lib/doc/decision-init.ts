import type { DecisionRule } from './decision-rules';
import type { AmendmentId } from './ids';
import type { VersionId } from './versions';

/**
 * What a facilitator gives to open a decision: on a named version, one saved now, or a proposed
 * amendment.
 */
export interface DecisionInit {
	version: VersionId | { newName: string } | { amendment: AmendmentId };
	question: string;
	rule: DecisionRule;
	/** How many answers are needed for an outcome, or null for no quorum. */
	quorum: number | null;
	closesAt: number;
}

/** Why a decision cannot be opened as given. */
export type DecisionInitProblem =
	| 'no-question'
	| 'no-version-name'
	| 'closes-past'
	| 'quorum'
	/** The amendment has ended, or is being decided already. */
	| 'amendment-ended';

/**
 * What is wrong with a decision as a facilitator set it up, or null when it can be opened: it
 * needs a question, a name for a version saved with it, a closing time after `now`, and a quorum
 * (if any) that the `eligible` members who may answer can reach.
 */
export function decisionInitProblem(
	init: DecisionInit,
	{ now, eligible }: { now: number; eligible: number }
): DecisionInitProblem | null {
	if (!init.question.trim()) return 'no-question';
	if (typeof init.version !== 'string' && 'newName' in init.version && !init.version.newName.trim())
		return 'no-version-name';
	if (!Number.isFinite(init.closesAt) || init.closesAt <= now) return 'closes-past';
	const { quorum } = init;
	if (
		quorum !== null &&
		(!Number.isInteger(quorum) || quorum < 1 || quorum > largestQuorum(eligible))
	)
		return 'quorum';
	return null;
}

/** The largest quorum a decision may ask for among `eligible` members (at least one). */
export function largestQuorum(eligible: number): number {
	return Math.max(eligible, 1);
}

/** Thrown when a decision is opened as it cannot be; `problem` says why. */
export class DecisionInitError extends Error {
	constructor(readonly problem: DecisionInitProblem) {
		super(`The decision cannot be opened (${problem}).`);
		this.name = 'DecisionInitError';
	}
}
