import {
	compareSummaries,
	previousRound,
	reportCards,
	summariseRound,
	type Member,
	type ReportCard,
	type Round,
	type RoundAnswer,
	type RoundComparison,
	type RoundSummary
} from '../../doc';
import type { RoundSummaryParts } from '../../export/read-model/round-summary';

/*
 * What a feedback round's results are made of, from what the workspace reads of it: its summary,
 * the round before and its comparison, the self-assessment's report cards, and whether they may
 * be shown at all.
 */

/**
 * Why an unnamed round's results are not shown yet: while it is open, each new answer could be
 * told apart by who has just answered; with fewer than `UNNAMED_MINIMUM` answers, each who
 * answered could tell the others' answers.
 */
export type ResultsWithheld = 'unnamed-open' | 'unnamed-too-few';

/** The fewest answers an unnamed round's results are shown with. */
export const UNNAMED_MINIMUM = 3;

/** What a round's results page shows: the summary, the comparison, the report cards. */
export interface RoundResults {
	/** Why the results are not to be shown (nor exported), or null when they may be. */
	withheld: ResultsWithheld | null;
	summary: RoundSummary;
	/** The previous round of the same template, and each figure then and now. */
	previous: { round: Round; comparisons: RoundComparison[] } | null;
	/** For the accountability self-assessment: the group's report card, then each organisation's. */
	cards: ReportCard[];
	/** How many members the round asks. */
	asked: number;
}

/** Sums up a round from the answers it counts and the group as the workspace reads them. */
export function roundResults(
	round: Round,
	read: {
		counted: RoundAnswer[];
		rounds: readonly Round[];
		members: readonly Member[];
		asked: number;
		closed: boolean;
	}
): RoundResults {
	const { counted } = read;
	const summary = summariseRound(round, counted);
	const before = previousRound(round, read.rounds);
	const withheld: ResultsWithheld | null = round.named
		? null
		: !read.closed
			? 'unnamed-open'
			: counted.length < UNNAMED_MINIMUM
				? 'unnamed-too-few'
				: null;
	return {
		withheld,
		summary,
		previous: before
			? { round: before, comparisons: compareSummaries(summary, summariseRound(before)) }
			: null,
		cards: round.template === 'cso-standard' ? reportCards(summary, read.members, counted) : [],
		asked: read.asked
	};
}

/** What a round's files are made of: its results and the answers it counts. */
export function fileParts(
	results: RoundResults,
	answers: readonly RoundAnswer[]
): RoundSummaryParts {
	return {
		summary: results.summary,
		asked: results.asked,
		previous: results.previous && {
			title: results.previous.round.title,
			comparisons: results.previous.comparisons
		},
		cards: results.cards,
		answers
	};
}
