/*
 * The limits and choices the records allow, taken from the record modules themselves rather than
 * the workspace's whole vocabulary, so that a page showing only a form does not load the workspace.
 */
export { AMENDMENT_LIMITS } from '../doc/amendments/types';
export { ANSWER_KINDS, DECISION_RULES } from '../doc/decision-rules';
export { COMMENT_LIMITS } from '../doc/comments/types';
export { COMMITMENT_LIMITS, COMMITMENT_STATUSES } from '../doc/commitments/types';
export { LOG_LIMITS, LOG_TAGS } from '../doc/learning-log/types';
export { MAX_MEMBER_NAME, MAX_ORGANISATION } from '../doc/members';
export { MAX_REPORT_NAME } from '../doc/commitments/saved-reports';
export { MAX_NAME_LENGTH } from '../doc/meta';
export { MAX_QUESTION, MAX_REASON } from '../doc/decisions';
export { MAX_VERSION_NAME } from '../doc/versions';
export { QUESTION_KINDS, RATING_SCALE, ROUND_LIMITS } from '../doc/feedback/types';
