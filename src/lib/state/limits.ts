import {
	ANSWER_KINDS,
	DECISION_RULES,
	MAX_MEMBER_NAME,
	MAX_NAME_LENGTH,
	MAX_QUESTION,
	MAX_REASON,
	MAX_VERSION_NAME
} from '../workspace';

/** How long the fields of a form may be: what the records keep, so nothing typed is cut off. */
export const LIMITS = {
	workspaceName: MAX_NAME_LENGTH,
	memberName: MAX_MEMBER_NAME,
	versionName: MAX_VERSION_NAME,
	question: MAX_QUESTION,
	reason: MAX_REASON
} as const;

/** The choices decisions offer: the rules a facilitator picks from, the answers members give. */
export const CHOICES = { rules: DECISION_RULES, answers: ANSWER_KINDS } as const;
