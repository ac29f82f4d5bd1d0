import { formatDateTime, formatNumber, getLocale, plain as m } from '$lib/i18n';
import { CHOICES, type Member, type Round, type RoundTexts } from '$lib/state';
import { exportTexts } from '../export-texts';
import { memberName } from '../commitments/labels';
import { figure } from './labels';

/** The words of a round's summary and its files in the reader's language (plain: no isolates). */
export function roundTexts(round: Round, members: readonly Member[]): RoundTexts {
	return {
		export: exportTexts(),
		state: round.outcome
			? m.fb_closed_at({ date: formatDateTime(round.outcome.closedAt, getLocale()) })
			: m.fb_results_so_far(),
		stateLabel: m.fb_state_label(),
		csv: {
			yes: m.fb_yes(),
			no: m.fb_no(),
			respondent: m.fb_respondent(),
			evidence: (prompt) => m.fb_evidence_of({ question: prompt }),
			person: (key) => memberName(members, key as Member['id'])
		},
		labels: {
			answered: (answers, asked) => m.fb_answered_of({ count: answers, asked }),
			ratingLine: (s) =>
				m.fb_rating_line({
					average: figure(s.average),
					spread: figure(s.spread),
					count: s.answered
				}),
			answerCount: (count) => m.fb_answer_count({ count }),
			ratingName: (rating, question) => {
				const end =
					rating === CHOICES.ratings[0]
						? question.lowLabel
						: rating === CHOICES.ratings.at(-1)
							? question.highLabel
							: '';
				return end ? m.fb_rating_named({ rating, name: end }) : formatNumber(rating);
			},
			optionColumn: m.fb_answer_column(),
			countColumn: m.fb_count_column(),
			yes: m.fb_yes(),
			no: m.fb_no(),
			evidenceHeading: m.fb_evidence_given(),
			noText: m.fb_no_text(),
			comparisonHeading: (title) => m.fb_compared_with({ title }),
			comparisonLine: (c) =>
				m.fb_comparison_line({
					question: c.question.prompt,
					before: figure(c.question.kind === 'yes-no' ? c.before * 100 : c.before),
					after: figure(c.question.kind === 'yes-no' ? c.after * 100 : c.after),
					unit: c.question.kind === 'yes-no' ? '%' : ''
				}),
			reportCardsHeading: m.fb_report_cards(),
			groupColumn: m.fb_whole_group(),
			questionColumn: m.fb_commitment_column(),
			figure,
			responseHeading: m.fb_response(),
			stepsHeading: m.fb_steps(),
			step: (step) => (step.commitmentId ? m.fb_step_committed({ step: step.text }) : step.text),
			noResponse: m.fb_no_response()
		}
	};
}
