import type * as Y from 'yjs';
import { DEFAULT_CHECK_IN_DAYS } from './commitments/rules';
import { DECISION_RULES, type DecisionRule } from './decision-rules';
import { META, metaMap } from './schema';

/** The longest check-in interval a group can choose, in days (a year). */
export const MAX_CHECK_IN_DAYS = 366;

/**
 * What the group's membership rules say of how it works, as settings the app starts from: the
 * rule and quorum a new decision starts with, and how often commitments are checked in on.
 */
export interface GroupSettings {
	decisionRule: DecisionRule;
	/** The fewest answers a decision needs by default; null for none. */
	decisionQuorum: number | null;
	checkInDays: number;
}

function wholeIn(value: unknown, min: number, max: number): number | null {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
		? value
		: null;
}

/** The group's settings, each its default when unset or unreadable. */
export function readGroupSettings(doc: Y.Doc): GroupSettings {
	const meta = metaMap(doc);
	const rule = meta.get(META.decisionRule);
	return {
		decisionRule: DECISION_RULES.includes(rule as DecisionRule)
			? (rule as DecisionRule)
			: 'consent',
		decisionQuorum: wholeIn(meta.get(META.decisionQuorum), 1, 10_000),
		checkInDays: wholeIn(meta.get(META.checkInDays), 1, MAX_CHECK_IN_DAYS) ?? DEFAULT_CHECK_IN_DAYS
	};
}

/** Changes some of the group's settings; false (and nothing written) for a value out of range. */
export function writeGroupSettings(doc: Y.Doc, change: Partial<GroupSettings>): boolean {
	const { decisionRule, decisionQuorum, checkInDays } = change;
	if (decisionRule !== undefined && !DECISION_RULES.includes(decisionRule)) return false;
	if (decisionQuorum != null && wholeIn(decisionQuorum, 1, 10_000) === null) return false;
	if (checkInDays !== undefined && wholeIn(checkInDays, 1, MAX_CHECK_IN_DAYS) === null)
		return false;
	const meta = metaMap(doc);
	doc.transact(() => {
		if (decisionRule !== undefined) meta.set(META.decisionRule, decisionRule);
		if (decisionQuorum === null) meta.delete(META.decisionQuorum);
		else if (decisionQuorum !== undefined) meta.set(META.decisionQuorum, decisionQuorum);
		if (checkInDays !== undefined) meta.set(META.checkInDays, checkInDays);
	});
	return true;
}
