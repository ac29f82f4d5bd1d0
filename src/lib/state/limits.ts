import {
	AMENDMENT_LIMITS,
	ANSWER_KINDS,
	COMMENT_LIMITS,
	COMMITMENT_LIMITS,
	COMMITMENT_STATUSES,
	LOG_LIMITS,
	LOG_TAGS,
	MAX_ORGANISATION,
	MAX_REPORT_NAME,
	DECISION_RULES,
	MAX_MEMBER_NAME,
	MAX_NAME_LENGTH,
	MAX_QUESTION,
	MAX_REASON,
	MAX_VERSION_NAME,
	QUESTION_KINDS,
	RATING_SCALE,
	ROUND_LIMITS
} from '../workspace/limits';

/** How long the fields of a form may be: what the records keep, so nothing typed is cut off. */
export const LIMITS = {
	workspaceName: MAX_NAME_LENGTH,
	memberName: MAX_MEMBER_NAME,
	versionName: MAX_VERSION_NAME,
	question: MAX_QUESTION,
	reason: MAX_REASON,
	organisation: MAX_ORGANISATION,
	commentMessage: COMMENT_LIMITS.message,
	amendmentRationale: AMENDMENT_LIMITS.rationale,
	commitmentTitle: COMMITMENT_LIMITS.title,
	commitmentDescription: COMMITMENT_LIMITS.description,
	narrative: COMMITMENT_LIMITS.narrative,
	evidence: COMMITMENT_LIMITS.evidence,
	reportName: MAX_REPORT_NAME,
	round: ROUND_LIMITS,
	logText: LOG_LIMITS.text,
	logComment: LOG_LIMITS.comment
} as const;

/**
 * The choices records offer: the rules a facilitator picks from, the answers members give, the
 * statuses of a commitment, the tags of a learning-log entry.
 */
export const CHOICES = {
	rules: DECISION_RULES,
	answers: ANSWER_KINDS,
	statuses: COMMITMENT_STATUSES,
	questionKinds: QUESTION_KINDS,
	/** The ratings a rating question offers, lowest first. */
	ratings: Array.from(
		{ length: RATING_SCALE.high - RATING_SCALE.low + 1 },
		(_, i) => RATING_SCALE.low + i
	),
	logTags: LOG_TAGS
} as const;
