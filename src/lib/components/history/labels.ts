import { formatDateTime, getLocale, plain as m } from '$lib/i18n';
import type {
	AnswerKind,
	DecisionRecordLabels,
	DecisionResult,
	DecisionRule,
	Member,
	MemberId
} from '$lib/state';

/** The name of a decision rule in the reader's language. */
export function ruleName(rule: DecisionRule): string {
	return { consent: m.rule_consent, consensus: m.rule_consensus, majority: m.rule_majority }[
		rule
	]();
}

/** The one-line explanation of a decision rule. */
export function ruleHelp(rule: DecisionRule): string {
	return {
		consent: m.rule_consent_help,
		consensus: m.rule_consensus_help,
		majority: m.rule_majority_help
	}[rule]();
}

/** The words of an answer. */
export function answerName(answer: AnswerKind): string {
	return {
		agree: m.answer_agree,
		'stand-aside': m.answer_stand_aside,
		object: m.answer_object
	}[answer]();
}

/** The words of a decision's outcome. */
export function resultName(result: DecisionResult): string {
	return {
		adopted: m.outcome_adopted,
		rejected: m.outcome_rejected,
		'no-quorum': m.outcome_no_quorum
	}[result]();
}

/** A moment in the reader's locale. */
export function when(at: number): string {
	return formatDateTime(at, getLocale());
}

/** The labels of a decision record, shown on screen and carried by exports. */
export function recordLabels(member: (id: MemberId | null) => Member | null): DecisionRecordLabels {
	return {
		heading: m.decision_record(),
		question: m.record_question(),
		version: m.record_version(),
		rule: m.record_rule(),
		quorum: m.record_quorum(),
		opened: m.record_opened(),
		closed: m.record_closed(),
		because: m.record_because(),
		outcome: m.record_outcome(),
		member: m.record_member(),
		answer: m.record_answer(),
		reason: m.record_reason(),
		when: m.record_when(),
		noAnswers: m.record_no_answers(),
		ruleName,
		answerName,
		resultName,
		becauseName: (because) =>
			({
				'rule-met': m.because_rule_met,
				'closing-date': m.because_closing_date,
				'closed-by-facilitator': m.because_closed_by_facilitator
			})[because](),
		byWhom: (date, who) =>
			who === null
				? m.record_closed_automatically({ date })
				: m.record_closed_by({ date, name: member(who)?.name ?? m.author_unknown() }),
		quorumValue: (quorum) =>
			quorum === null ? m.decision_quorum_none() : m.decision_quorum_value({ count: quorum }),
		date: when,
		person: (id) => member(id)?.name ?? m.author_unknown()
	};
}
