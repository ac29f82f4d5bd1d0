import { createSubscriber } from 'svelte/reactivity';
import { feedbackSubscriber } from './today';
import {
	RoundInputError,
	RoundRefusedError,
	type AnswerValue,
	type AnswerValues,
	type Question,
	type Round,
	type RoundId,
	type RoundPhase,
	type Workspace
} from '../workspace';

/** Why the answers were not kept. */
export type AnswerProblem =
	| { missing: Question }
	| { wrong: Question }
	| 'not-open'
	| 'not-allowed'
	| 'elsewhere'
	| { failed: string };

const EMPTY: AnswerField = Object.freeze({ choice: '', chosen: [], text: '' }) as AnswerField;

/** One question's answer as the form holds it, every kind's fields at once. */
export interface AnswerField {
	/** A rating, "yes"/"no", or a single choice; empty for none. */
	choice: string;
	/** The options chosen, for a multiple choice. */
	chosen: string[];
	text: string;
}

function fieldOf(value: AnswerValue | undefined): AnswerField {
	const field: AnswerField = { choice: '', chosen: [], text: '' };
	if (!value) return field;
	if ('rating' in value) return { ...field, choice: String(value.rating), text: value.note ?? '' };
	if ('choices' in value)
		return { ...field, choice: value.choices[0] ?? '', chosen: value.choices };
	if ('yes' in value) return { ...field, choice: value.yes ? 'yes' : 'no' };
	return { ...field, text: value.text };
}

function valueOf(question: Question, field: AnswerField): AnswerValue | null {
	switch (question.kind) {
		case 'rating': {
			if (field.choice === '') return null;
			const note = field.text.trim();
			return note ? { rating: Number(field.choice), note } : { rating: Number(field.choice) };
		}
		case 'choice': {
			const choices = question.multiple ? field.chosen : field.choice ? [field.choice] : [];
			return choices.length > 0 ? { choices } : null;
		}
		case 'yes-no':
			return field.choice === '' ? null : { yes: field.choice === 'yes' };
		case 'text':
			return field.text.trim() ? { text: field.text } : null;
	}
}

/**
 * The form that answers a round: a field per question, filled with this person's answers so far
 * (a named answer wherever they gave it, an unnamed one on the device that gave it). `submit`
 * keeps them, or says which question needs an answer; a refused form changes nothing.
 */
export class RoundAnswerForm {
	readonly #workspace: Workspace;
	readonly id: RoundId;
	readonly #changed: () => void;
	fields = $state<Record<string, AnswerField>>({});
	problem = $state<AnswerProblem | null>(null);
	/** When the answers were last kept from this form. */
	savedAt = $state<number | null>(null);

	readonly #round = $derived.by(() => {
		this.#changed();
		return this.#workspace.feedback.get(this.id);
	});

	readonly #readOnly: () => boolean;

	constructor(workspace: Workspace, id: RoundId, readOnly: () => boolean = () => false) {
		this.#workspace = workspace;
		this.id = id;
		this.#readOnly = readOnly;
		const ticks = feedbackSubscriber(workspace);
		// A question that arrives (a round seen first as a draft) gets its field before it shows.
		const arrived = createSubscriber((update) =>
			workspace.feedback.observe(() => {
				this.#fillMissing();
				update();
			})
		);
		this.#changed = () => {
			ticks();
			arrived();
		};
		this.reset();
	}

	#fillMissing(): void {
		const round = this.#workspace.feedback.get(this.id);
		for (const q of round?.questions ?? [])
			if (!(q.id in this.fields)) this.fields[q.id] = { choice: '', chosen: [], text: '' };
	}

	/** Fills the form with this person's answers so far (or leaves it empty). */
	reset(): void {
		const round = this.#workspace.feedback.get(this.id);
		const mine = round ? this.#workspace.feedback.myAnswer(round) : null;
		this.fields = Object.fromEntries(
			(round?.questions ?? []).map((q) => [q.id, fieldOf(mine?.values[q.id])])
		);
	}

	/** The round, or null. */
	get round(): Round | null {
		return this.#round;
	}

	/** Where it stands now. */
	get phase(): RoundPhase | null {
		this.#changed();
		return this.#round && this.#workspace.feedback.phase(this.#round);
	}

	/** Whether this person may answer it. */
	get mayAnswer(): boolean {
		return (
			this.#round !== null && !this.#readOnly() && this.#workspace.feedback.mayAnswer(this.#round)
		);
	}

	/** Whether this person answered it already (on any device). */
	get answered(): boolean {
		return this.#round !== null && this.#workspace.feedback.hasAnswered(this.#round);
	}

	/** Whether they answered an unnamed round on another device (only that one can change it). */
	get answeredElsewhere(): boolean {
		const round = this.#round;
		return (
			round !== null &&
			!round.named &&
			this.answered &&
			this.#workspace.feedback.myAnswer(round) === null
		);
	}

	/** The field of one question (every question of the round has one once it is known). */
	field(question: Question): AnswerField {
		return this.fields[question.id] ?? EMPTY;
	}

	/** Keeps the answers; false (with `problem`) when they cannot be kept. */
	submit(): boolean {
		const round = this.#round;
		if (!round) return false;
		const values: AnswerValues = {};
		for (const question of round.questions) {
			const value = valueOf(question, this.field(question));
			if (value) values[question.id] = value;
			else if (!question.optional) {
				this.problem = { missing: question };
				return false;
			}
		}
		try {
			this.#workspace.feedback.answer(this.id, values);
			this.problem = null;
			this.savedAt = this.#workspace.clock.now();
			return true;
		} catch (error) {
			if (error instanceof RoundRefusedError)
				this.problem = error.why === 'missing' ? 'not-open' : (error.why as AnswerProblem);
			else if (error instanceof RoundInputError) this.problem = { failed: error.message };
			else this.problem = { failed: error instanceof Error ? error.message : String(error) };
			return false;
		}
	}
}
