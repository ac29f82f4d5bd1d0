import type { Amendment, AmendmentOutcome, Block, MemberId, Run } from '../../doc';

/** The words of the record of a document's amendments, in the reader's language. */
export interface AmendmentRecordLabels {
	heading: string;
	subject: string;
	proposed: string;
	rationale: string;
	outcome: string;
	/** The outcome of an amendment still open. */
	open: string;
	/** What an amendment is on: its passage's words, or the whole text (empty quote). */
	subjectOf(quote: string): string;
	/** How it ended: the result, by whom or which decision, and when. */
	outcomeOf(outcome: AmendmentOutcome): string;
	/** Who proposed it and when, as one value. */
	proposedBy(at: string, who: MemberId): string;
	date(at: number): string;
}

const cell = (text: string, header = false): { header: boolean; runs: Run[] } => ({
	header,
	runs: [{ text }]
});

/**
 * The record of the amendments proposed to a document, oldest first, as blocks that follow the
 * text in the History panel and in exports of the decision record: what each was on, who proposed
 * it and why, and how it ended. Empty when there are none.
 */
export function amendmentRecordBlocks(
	amendments: readonly Amendment[],
	labels: AmendmentRecordLabels
): Block[] {
	if (amendments.length === 0) return [];
	const heads = [labels.subject, labels.proposed, labels.rationale, labels.outcome];
	return [
		{ type: 'heading', level: 2, runs: [{ text: labels.heading }] },
		{
			type: 'table',
			rows: [
				{ cells: heads.map((text) => cell(text, true)) },
				...amendments.map((amendment) => ({
					cells: [
						cell(labels.subjectOf(amendment.quote)),
						cell(labels.proposedBy(labels.date(amendment.proposedAt), amendment.proposedBy)),
						cell(amendment.rationale),
						cell(amendment.outcome ? labels.outcomeOf(amendment.outcome) : labels.open)
					]
				}))
			]
		}
	];
}
