import type {
	AnswerKind,
	ClosedBecause,
	Decision,
	DecisionResult,
	DecisionRule,
	MemberId,
	Version
} from '../../doc';
import type { Block, Run } from '../../doc';

/** The words of a decision record in the reader's language; the record never hard-codes any. */
export interface DecisionRecordLabels {
	heading: string;
	question: string;
	version: string;
	rule: string;
	quorum: string;
	opened: string;
	closed: string;
	because: string;
	outcome: string;
	member: string;
	answer: string;
	reason: string;
	when: string;
	noAnswers: string;
	ruleName(rule: DecisionRule): string;
	answerName(answer: AnswerKind): string;
	resultName(result: DecisionResult): string;
	/** Why the decision closed. */
	becauseName(because: ClosedBecause): string;
	/** When and by whom (null: recorded automatically), as one value. */
	byWhom(at: string, who: MemberId | null): string;
	/** "none" for no quorum, or the number of answers needed. */
	quorumValue(quorum: number | null): string;
	/** A moment, formatted for the record. */
	date(at: number): string;
	/** A member's name, or the words for an unknown person. */
	person(id: MemberId | null): string;
}

const line = (label: string, value: string): Block => ({
	type: 'paragraph',
	runs: [{ text: `${label}: `, bold: true }, { text: value }]
});

const cell = (text: string, header = false): { header: boolean; runs: Run[] } => ({
	header,
	runs: [{ text }]
});

/**
 * The record of how a version was agreed, as blocks that follow the text in every export: the
 * question, the rule, who opened and closed it, the outcome, and who answered what and when.
 */
export function decisionRecordBlocks(
	decision: Decision,
	version: Version | null,
	labels: DecisionRecordLabels
): Block[] {
	const outcome = decision.outcome;
	const answers = Object.entries(outcome?.answers ?? decision.answers).sort(
		([, a], [, b]) => a.at - b.at
	);
	const blocks: Block[] = [
		{ type: 'heading', level: 2, runs: [{ text: labels.heading }] },
		line(labels.question, decision.question),
		...(version ? [line(labels.version, version.name)] : []),
		line(labels.rule, labels.ruleName(decision.rule)),
		line(labels.quorum, labels.quorumValue(decision.quorum)),
		line(labels.opened, labels.byWhom(labels.date(decision.openedAt), decision.openedBy))
	];
	if (outcome) {
		blocks.push(
			line(labels.closed, labels.byWhom(labels.date(outcome.closedAt), outcome.closedBy)),
			line(labels.because, labels.becauseName(outcome.because)),
			line(labels.outcome, labels.resultName(outcome.result))
		);
	}
	if (answers.length === 0) {
		blocks.push({ type: 'paragraph', runs: [{ text: labels.noAnswers }] });
		return blocks;
	}
	blocks.push({
		type: 'table',
		rows: [
			{
				cells: [labels.member, labels.answer, labels.reason, labels.when].map((text) =>
					cell(text, true)
				)
			},
			...answers.map(([member, given]) => ({
				cells: [
					cell(labels.person(member as MemberId)),
					cell(labels.answerName(given.answer)),
					cell(given.reason),
					cell(labels.date(given.at))
				]
			}))
		]
	});
	return blocks;
}
