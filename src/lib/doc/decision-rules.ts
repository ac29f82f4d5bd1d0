/*
 * How a group decides: the rules a decision can follow and when an outcome is reached. Pure
 * functions over the answers, so every copy of a workspace reaches the same outcome from the same
 * answers.
 */

/**
 * consent: adopted when nobody objects; consensus: adopted when every member agrees or stands
 * aside (and at least one agrees); majority: adopted when more agree than object.
 */
export type DecisionRule = 'consent' | 'consensus' | 'majority';

/** Every rule, in the order the interface offers them. */
export const DECISION_RULES: readonly DecisionRule[] = ['consent', 'consensus', 'majority'];

/** What a member says about the version decided on. */
export type AnswerKind = 'agree' | 'stand-aside' | 'object';

/** Every answer, in the order the interface offers them. */
export const ANSWER_KINDS: readonly AnswerKind[] = ['agree', 'stand-aside', 'object'];

/** How a closed decision ended. */
export type DecisionResult = 'adopted' | 'rejected' | 'no-quorum';

/** The counts an outcome is computed from. */
export interface AnswerCounts {
	agree: number;
	standAside: number;
	object: number;
	/** Members who answered. */
	answered: number;
	/** Members who may answer. */
	eligible: number;
}

/** Counts the answers of the members who may answer; answers from anyone else are left out. */
export function countAnswers(
	answers: ReadonlyMap<string, AnswerKind>,
	eligible: readonly string[]
): AnswerCounts {
	const counts: AnswerCounts = { agree: 0, standAside: 0, object: 0, answered: 0, eligible: 0 };
	for (const member of new Set(eligible)) {
		counts.eligible++;
		const answer = answers.get(member);
		if (answer === undefined) continue;
		counts.answered++;
		if (answer === 'agree') counts.agree++;
		else if (answer === 'stand-aside') counts.standAside++;
		else counts.object++;
	}
	return counts;
}

/** Whether the answers so far would adopt the version under `rule` if the decision closed now. */
function passes(rule: DecisionRule, c: AnswerCounts): boolean {
	switch (rule) {
		case 'consent':
			return c.answered > 0 && c.object === 0;
		case 'consensus':
			return c.answered === c.eligible && c.object === 0 && c.agree > 0;
		case 'majority':
			return c.agree > c.object;
	}
}

/** The outcome if the decision closed now, with these answers. */
export function outcomeOf(
	rule: DecisionRule,
	quorum: number | null,
	counts: AnswerCounts
): DecisionResult {
	if (quorum !== null && counts.answered < quorum) return 'no-quorum';
	return passes(rule, counts) ? 'adopted' : 'rejected';
}

/**
 * Whether the outcome can no longer change, so the decision closes without waiting for its date:
 * everyone has answered, or, under majority, more than half of all members already agree or object.
 */
export function isSettled(
	rule: DecisionRule,
	quorum: number | null,
	counts: AnswerCounts
): boolean {
	if (counts.eligible === 0) return false;
	if (counts.answered === counts.eligible) return true;
	if (rule !== 'majority' || (quorum !== null && counts.answered < quorum)) return false;
	return counts.agree * 2 > counts.eligible || counts.object * 2 >= counts.eligible;
}
