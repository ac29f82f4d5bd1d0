import type { Member } from '../members';
import { countedAnswers } from './read';
import { RATING_SCALE, type Question, type Round, type RoundAnswer } from './types';

/** What the answers to one question add up to. */
export type QuestionSummary =
	| {
			kind: 'rating';
			question: Question;
			answered: number;
			/** How many gave each rating, lowest first. */
			counts: number[];
			average: number | null;
			/** The standard deviation of the ratings, or null for fewer than two. */
			spread: number | null;
			/** The evidence given with the ratings. */
			notes: string[];
	  }
	| {
			kind: 'choice';
			question: Question;
			answered: number;
			counts: { option: string; count: number }[];
	  }
	| { kind: 'yes-no'; question: Question; answered: number; yes: number; no: number }
	| { kind: 'text'; question: Question; answered: number; texts: string[] };

/** A question's result in a round and in the previous round of the same template. */
export interface RoundComparison {
	question: Question;
	before: number;
	after: number;
}

/** One organisation's (or the group's) ratings, by question id: the self-assessment report card. */
export interface ReportCard {
	/** The organisation's name, or null for the group as a whole. */
	organisation: string | null;
	respondents: number;
	averages: Record<string, number | null>;
}

/** The summary of a round's results. */
export interface RoundSummary {
	round: Round;
	answers: number;
	questions: QuestionSummary[];
}

function mean(values: readonly number[]): number | null {
	return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function standardDeviation(values: readonly number[]): number | null {
	const average = mean(values);
	if (average === null || values.length < 2) return null;
	return Math.sqrt(values.reduce((sum, v) => sum + (v - average) ** 2, 0) / values.length);
}

function summariseQuestion(question: Question, answers: readonly RoundAnswer[]): QuestionSummary {
	const given = answers.flatMap((a) => a.values[question.id] ?? []);
	switch (question.kind) {
		case 'rating': {
			const ratings = given.flatMap((v) => ('rating' in v ? [v.rating] : []));
			const counts = Array.from(
				{ length: RATING_SCALE.high - RATING_SCALE.low + 1 },
				(_, i) => ratings.filter((r) => r === RATING_SCALE.low + i).length
			);
			return {
				kind: 'rating',
				question,
				answered: ratings.length,
				counts,
				average: mean(ratings),
				spread: standardDeviation(ratings),
				notes: given.flatMap((v) => ('note' in v && v.note ? [v.note] : []))
			};
		}
		case 'choice': {
			const chosen = given.flatMap((v) => ('choices' in v ? [v.choices] : []));
			return {
				kind: 'choice',
				question,
				answered: chosen.length,
				counts: question.options.map((option) => ({
					option,
					count: chosen.filter((c) => c.includes(option)).length
				}))
			};
		}
		case 'yes-no': {
			const yes = given.filter((v) => 'yes' in v && v.yes).length;
			const no = given.filter((v) => 'yes' in v && !v.yes).length;
			return { kind: 'yes-no', question, answered: yes + no, yes, no };
		}
		case 'text': {
			const texts = given.flatMap((v) => ('text' in v ? [v.text] : []));
			return { kind: 'text', question, answered: texts.length, texts };
		}
	}
}

/** Sums up `answers` (by default the answers the round counts) question by question. */
export function summariseRound(
	round: Round,
	answers: readonly RoundAnswer[] = countedAnswers(round)
): RoundSummary {
	return {
		round,
		answers: answers.length,
		questions: round.questions.map((q) => summariseQuestion(q, answers))
	};
}

/** The figure a question is compared by: a rating's average, the share of "yes" (0–1). */
export function headline(summary: QuestionSummary): number | null {
	if (summary.kind === 'rating') return summary.average;
	if (summary.kind === 'yes-no')
		return summary.answered > 0 ? summary.yes / summary.answered : null;
	return null;
}

/** The same question in another round: by its template key, else by its very words. */
function sameQuestion(a: Question, b: Question): boolean {
	return a.kind === b.kind && (a.key !== null ? a.key === b.key : a.prompt === b.prompt);
}

/**
 * The latest round closed before `round` opened that was made from the same template (or, for a
 * round of its own, has the same title), or null.
 */
export function previousRound(round: Round, rounds: readonly Round[]): Round | null {
	const opened = round.opensAt ?? Infinity;
	const earlier = rounds.filter(
		(r) =>
			r.id !== round.id &&
			r.outcome !== null &&
			r.outcome.closedAt <= opened &&
			(round.template ? r.template === round.template : r.title === round.title)
	);
	return earlier.sort((a, b) => b.outcome!.closedAt - a.outcome!.closedAt)[0] ?? null;
}

/** Each question's figure now and in the previous summary, where both have one. */
export function compareSummaries(now: RoundSummary, before: RoundSummary): RoundComparison[] {
	return now.questions.flatMap((summary) => {
		const earlier = before.questions.find((b) => sameQuestion(summary.question, b.question));
		const after = headline(summary);
		const was = earlier ? headline(earlier) : null;
		return after !== null && was !== null
			? [{ question: summary.question, before: was, after }]
			: [];
	});
}

/**
 * The self-assessment's report cards: one per member organisation (named answers, by their
 * member's organisation) and, first, one for the group as a whole.
 */
export function reportCards(
	summaryOf: RoundSummary,
	members: readonly Member[],
	answers: readonly RoundAnswer[] = countedAnswers(summaryOf.round)
): ReportCard[] {
	const { round } = summaryOf;
	const ratings = round.questions.filter((q) => q.kind === 'rating');
	const card = (organisation: string | null, group: readonly RoundAnswer[]): ReportCard => ({
		organisation,
		respondents: group.length,
		averages: Object.fromEntries(
			ratings.map((q) => [
				q.id,
				mean(
					group.flatMap((a) => {
						const v = a.values[q.id];
						return v && 'rating' in v ? [v.rating] : [];
					})
				)
			])
		)
	});
	const cards = [card(null, answers)];
	if (!round.named) return cards;
	const organisationOf = new Map(members.map((m) => [m.id as string, m.organisation]));
	const byOrganisation = new Map<string, RoundAnswer[]>();
	for (const answer of answers) {
		const organisation = organisationOf.get(answer.key);
		if (organisation)
			byOrganisation.set(organisation, [...(byOrganisation.get(organisation) ?? []), answer]);
	}
	const names = [...byOrganisation.keys()].sort((a, b) => a.localeCompare(b));
	return [...cards, ...names.map((name) => card(name, byOrganisation.get(name)!))];
}
