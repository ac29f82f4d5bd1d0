import {
	bold,
	bulletList,
	heading,
	paragraph,
	quote,
	RATING_SCALE,
	table,
	type AnswerValue,
	type Block,
	type QuestionSummary,
	type ReportCard,
	type RoundAnswer,
	type RoundComparison,
	type RoundSummary,
	type ImprovementStep,
	type Question
} from '../../doc';

/** The words of a round's summary in the reader's language; the summary hard-codes none. */
export interface RoundSummaryLabels {
	/** "12 answers from 15 members asked". */
	answered(answers: number, asked: number): string;
	/** "Average 3.9, spread 0.8, 12 ratings". */
	ratingLine(summary: Extract<QuestionSummary, { kind: 'rating' }>): string;
	/** "4 answers". */
	answerCount(count: number): string;
	/** A rating's name in a table: "1 (Not at all)". */
	ratingName(rating: number, question: Question): string;
	optionColumn: string;
	countColumn: string;
	yes: string;
	no: string;
	evidenceHeading: string;
	noText: string;
	/** The heading of the comparison, and one line of it: "Trust: 3.4 → 3.9". */
	comparisonHeading(previousTitle: string): string;
	comparisonLine(comparison: RoundComparison): string;
	reportCardsHeading: string;
	/** The report card's column of the group as a whole, of an organisation, and of a question. */
	groupColumn: string;
	questionColumn: string;
	/** An average as a figure, "–" for none. */
	figure(value: number | null): string;
	responseHeading: string;
	stepsHeading: string;
	/** A step, and the commitment made from it if any. */
	step(step: ImprovementStep): string;
	noResponse: string;
}

/** What a round's summary is made of: the summary, and what goes with it. */
export interface RoundSummaryParts {
	summary: RoundSummary;
	asked: number;
	previous: { title: string; comparisons: RoundComparison[] } | null;
	cards: ReportCard[];
	/** The answers it counts, for the spreadsheet. */
	answers: readonly RoundAnswer[];
}

function questionBlocks(s: QuestionSummary, labels: RoundSummaryLabels): Block[] {
	const title = heading(3, s.question.prompt);
	const rows = (pairs: [string, number][]) =>
		table(
			{ header: true, cells: [[labels.optionColumn], [labels.countColumn]] },
			...pairs.map(([label, count]) => ({ cells: [[label], [String(count)]] }))
		);
	switch (s.kind) {
		case 'rating':
			return [
				title,
				paragraph(labels.ratingLine(s)),
				rows(
					s.counts.map((count, i) => [labels.ratingName(RATING_SCALE.low + i, s.question), count])
				),
				...(s.notes.length > 0
					? [paragraph(bold(labels.evidenceHeading)), bulletList(...s.notes.map((n) => [n]))]
					: [])
			];
		case 'choice':
			return [
				title,
				paragraph(labels.answerCount(s.answered)),
				rows(s.counts.map(({ option, count }) => [option, count]))
			];
		case 'yes-no':
			return [
				title,
				paragraph(labels.answerCount(s.answered)),
				rows([
					[labels.yes, s.yes],
					[labels.no, s.no]
				])
			];
		case 'text':
			return [
				title,
				paragraph(labels.answerCount(s.answered)),
				...(s.texts.length > 0 ? s.texts.map((t) => quote(t)) : [paragraph(labels.noText)])
			];
	}
}

function cardsTable(parts: RoundSummaryParts, labels: RoundSummaryLabels): Block[] {
	if (parts.cards.length === 0) return [];
	const ratings = parts.summary.round.questions.filter((q) => q.kind === 'rating');
	return [
		heading(2, labels.reportCardsHeading),
		table(
			{
				header: true,
				cells: [
					[labels.questionColumn],
					...parts.cards.map((c) => [c.organisation ?? labels.groupColumn])
				]
			},
			...ratings.map((q) => ({
				cells: [
					[q.key ? q.prompt.split(':')[0]! : q.prompt],
					...parts.cards.map((c) => [labels.figure(c.averages[q.id] ?? null)])
				]
			}))
		)
	];
}

/**
 * A round's summary as blocks, for every export format: how many answered, each question's
 * counts (ratings with their average and spread, evidence and free text in full), the
 * comparison with the round before, report cards, then the group's response and its steps.
 */
export function roundSummaryBlocks(parts: RoundSummaryParts, labels: RoundSummaryLabels): Block[] {
	const { round } = parts.summary;
	return [
		...(round.intro ? [paragraph(round.intro)] : []),
		paragraph(bold(labels.answered(parts.summary.answers, parts.asked))),
		...parts.summary.questions.flatMap((q) => questionBlocks(q, labels)),
		...(parts.previous && parts.previous.comparisons.length > 0
			? [
					heading(2, labels.comparisonHeading(parts.previous.title)),
					bulletList(...parts.previous.comparisons.map((c) => [labels.comparisonLine(c)]))
				]
			: []),
		...cardsTable(parts, labels),
		heading(2, labels.responseHeading),
		paragraph(round.response || labels.noResponse),
		...(round.steps.length > 0
			? [heading(2, labels.stepsHeading), bulletList(...round.steps.map((s) => [labels.step(s)]))]
			: [])
	];
}

/** One answer's value as a spreadsheet cell. */
function cell(value: AnswerValue | undefined, labels: { yes: string; no: string }): string {
	if (!value) return '';
	if ('rating' in value) return String(value.rating);
	if ('choices' in value) return value.choices.join('; ');
	if ('yes' in value) return value.yes ? labels.yes : labels.no;
	return value.text;
}

/**
 * The answers as rows of a spreadsheet: one row per answer, a column per question (and one for
 * each rating's evidence), led by who answered for a named round.
 */
export function roundAnswerRows(
	questions: readonly Question[],
	answers: readonly RoundAnswer[],
	labels: {
		yes: string;
		no: string;
		respondent: string;
		evidence(prompt: string): string;
		person(key: string): string;
	},
	named: boolean
): { header: string[]; rows: string[][] } {
	const header = [
		...(named ? [labels.respondent] : []),
		...questions.flatMap((q) => (q.evidence ? [q.prompt, labels.evidence(q.prompt)] : [q.prompt]))
	];
	const rows = answers.map((answer) => [
		...(named ? [labels.person(answer.key)] : []),
		...questions.flatMap((q) => {
			const value = answer.values[q.id];
			const main = cell(value, labels);
			if (!q.evidence) return [main];
			return [main, value && 'note' in value ? (value.note ?? '') : ''];
		})
	]);
	return { header, rows };
}
