import { cleanLine, cleanText } from '../meta';
import {
	QUESTION_KINDS,
	RATING_SCALE,
	ROUND_LIMITS,
	ROUND_TEMPLATES,
	type AnswerValue,
	type Question,
	type QuestionId,
	type QuestionKind,
	type RoundTemplateKey
} from './types';

/*
 * The values a round is made of, read from anywhere (a peer, a file, a form): each reader returns
 * the value made safe, or null for what is not one.
 */

function record(raw: unknown): Record<string, unknown> | null {
	return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
		? (raw as Record<string, unknown>)
		: null;
}

/** A template Concord knows, or null. */
export function asTemplateKey(value: unknown): RoundTemplateKey | null {
	return ROUND_TEMPLATES.includes(value as RoundTemplateKey) ? (value as RoundTemplateKey) : null;
}

/** A question's options made safe: lines, without repeats, at most `ROUND_LIMITS.options`. */
export function cleanOptions(raw: unknown): string[] {
	if (!Array.isArray(raw)) return [];
	const options: string[] = [];
	for (const option of raw) {
		const line = cleanLine(option, ROUND_LIMITS.option);
		if (line !== null && !options.includes(line)) options.push(line);
	}
	return options.slice(0, ROUND_LIMITS.options);
}

/** A question read from its stored value, or null when it is not one (no kind, no prompt). */
export function asQuestion(id: string, raw: unknown): Question | null {
	const value = record(raw);
	if (!value) return null;
	const kind = value.kind as QuestionKind;
	if (!QUESTION_KINDS.includes(kind)) return null;
	const prompt = cleanLine(value.prompt, ROUND_LIMITS.prompt);
	if (prompt === null) return null;
	const options = kind === 'choice' ? cleanOptions(value.options) : [];
	if (kind === 'choice' && options.length < 2) return null;
	const rank = typeof value.rank === 'number' && Number.isFinite(value.rank) ? value.rank : 0;
	return {
		id: id as QuestionId,
		kind,
		prompt,
		key: cleanLine(value.key, ROUND_LIMITS.label),
		optional: value.optional === true,
		lowLabel: kind === 'rating' ? (cleanLine(value.lowLabel, ROUND_LIMITS.label) ?? '') : '',
		highLabel: kind === 'rating' ? (cleanLine(value.highLabel, ROUND_LIMITS.label) ?? '') : '',
		evidence: kind === 'rating' && value.evidence === true,
		options,
		multiple: kind === 'choice' && value.multiple === true,
		rank
	};
}

/** Whether a number is a rating on the scale. */
export function isRating(value: unknown): value is number {
	return (
		typeof value === 'number' &&
		Number.isInteger(value) &&
		value >= RATING_SCALE.low &&
		value <= RATING_SCALE.high
	);
}

/**
 * An answer to `question` made safe, or null when it is no answer to it: a rating off the scale,
 * an option the question does not offer, two options for a single choice, an empty text.
 */
export function asAnswerValue(question: Question, raw: unknown): AnswerValue | null {
	const value = record(raw);
	if (!value) return null;
	switch (question.kind) {
		case 'rating': {
			if (!isRating(value.rating)) return null;
			const note = question.evidence ? cleanText(value.note, ROUND_LIMITS.note) : null;
			return note ? { rating: value.rating, note } : { rating: value.rating };
		}
		case 'choice': {
			if (!Array.isArray(value.choices)) return null;
			const choices = cleanOptions(value.choices);
			if (choices.length === 0 || choices.length !== value.choices.length) return null;
			if (choices.some((c) => !question.options.includes(c))) return null;
			if (!question.multiple && choices.length > 1) return null;
			return { choices: question.options.filter((o) => choices.includes(o)) };
		}
		case 'yes-no':
			return typeof value.yes === 'boolean' ? { yes: value.yes } : null;
		case 'text': {
			const text = cleanText(value.text, ROUND_LIMITS.text);
			return text ? { text } : null;
		}
	}
}
