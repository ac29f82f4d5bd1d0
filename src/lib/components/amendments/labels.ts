import { formatDateTime, getLocale, m } from '$lib/i18n';
import type {
	Amendment,
	AmendmentOutcome,
	AmendmentProblem,
	AmendmentRecordLabels,
	DraftProblem,
	Member,
	MemberId
} from '$lib/state';
import { memberName } from '../commitments/labels';

/** Why an action on an amendment or a draft was not taken, in the reader's language. */
export function explainAmendmentProblem(problem: AmendmentProblem | DraftProblem): string {
	if (typeof problem === 'object') return m.amendment_problem_failed({ detail: problem.failed });
	return {
		unchanged: m.amendment_problem_unchanged,
		'no-rationale': m.amendment_problem_no_rationale,
		malformed: m.amendment_problem_malformed,
		'base-unknown': m.amendment_problem_base_unknown,
		'does-not-apply': m.amendment_problem_does_not_apply,
		'out-of-scope': m.amendment_problem_out_of_scope,
		'foreign-writer': m.amendment_problem_foreign_writer,
		'not-allowed': m.amendment_problem_not_allowed,
		missing: m.amendment_problem_missing,
		ended: m.amendment_problem_ended,
		deciding: m.amendment_problem_deciding
	}[problem]();
}

const when = (at: number) => formatDateTime(at, getLocale());

/** How an amendment ended, in words: by whom or by which decision, and when. */
function outcomeWords(outcome: AmendmentOutcome, person: (id: MemberId | null) => string): string {
	const date = when(outcome.at);
	const name = person(outcome.by);
	switch (outcome.result) {
		case 'accepted':
			return outcome.decisionId
				? m.amendment_accepted_by_decision({ date })
				: m.amendment_accepted({ name, date });
		case 'rejected':
			return outcome.decisionId
				? m.amendment_rejected_by_decision({ date })
				: m.amendment_rejected({ name, date });
		case 'withdrawn':
			return m.amendment_withdrawn({ name, date });
	}
}

/** How an amendment ended, in words; empty while it is open. */
export function outcomeLine(amendment: Amendment, members: readonly Member[]): string {
	return amendment.outcome
		? outcomeWords(amendment.outcome, (id) => memberName(members, id ?? ''))
		: '';
}

/** The labels of the record of a document's amendments, shown in History and carried by exports. */
export function amendmentRecordLabels(
	member: (id: MemberId | null) => Member | null
): AmendmentRecordLabels {
	const person = (id: MemberId | null) => member(id)?.name ?? m.author_unknown();
	return {
		heading: m.amendments_heading(),
		subject: m.amendment_record_subject(),
		proposed: m.amendment_record_proposed(),
		rationale: m.amendment_rationale(),
		outcome: m.record_outcome(),
		open: m.amendment_record_open(),
		subjectOf: (quote) => amendmentSubject({ quote }),
		outcomeOf: (outcome) => outcomeWords(outcome, person),
		proposedBy: (date, who) => m.amendment_record_by({ name: person(who), date }),
		date: when
	};
}

/** What an amendment is on: its passage's words, or the whole text. */
export function amendmentSubject(amendment: Pick<Amendment, 'quote'>): string {
	return amendment.quote
		? m.amendment_on_passage({ quote: amendment.quote })
		: m.amendment_whole_text();
}

/** An amendment's heading: who proposed it and when. */
export function amendmentTitle(amendment: Amendment, members: readonly Member[]): string {
	return m.amendment_by({
		name: memberName(members, amendment.proposedBy),
		date: when(amendment.proposedAt)
	});
}
