import { m } from '$lib/i18n';
import type { CommentProblem } from '$lib/state';

/** Why a comment was not written, in the reader's language. */
export function explainCommentProblem(problem: CommentProblem): string {
	if (typeof problem === 'object') return m.comment_problem_failed({ detail: problem.failed });
	return {
		empty: m.comment_problem_empty,
		'not-allowed': m.comment_problem_not_allowed,
		missing: m.comment_problem_missing
	}[problem]();
}
