import {
	RoundInputError,
	RoundRefusedError,
	type Question,
	type QuestionId,
	type QuestionInit,
	type QuestionKind,
	type Round,
	type RoundId,
	type RoundPhase,
	type Workspace
} from '../workspace';
import { fromLocalDateTime, localDateTime } from './local-time';
import { feedbackSubscriber } from './today';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Why a question or the round was not kept. */
export type RoundEditProblem =
	| 'title-missing'
	| 'prompt-missing'
	| 'options-missing'
	| 'no-questions'
	| 'unsaved-question'
	| 'closes-before-opens'
	| 'too-many-questions'
	| 'not-allowed'
	| 'not-editable'
	| { failed: string };

function problemOf(error: unknown): RoundEditProblem {
	if (error instanceof RoundRefusedError)
		return error.why === 'not-allowed' ? 'not-allowed' : 'not-editable';
	if (error instanceof RoundInputError) {
		if (
			error.problem === 'title-missing' ||
			error.problem === 'closes-before-opens' ||
			error.problem === 'options-missing' ||
			error.problem === 'prompt-missing' ||
			error.problem === 'too-many-questions'
		)
			return error.problem;
	}
	return { failed: error instanceof Error ? error.message : String(error) };
}

/**
 * One question as its card in the round editor holds it: the fields as typed, saved into the
 * round on every change that makes a question (a card not yet saved has no id).
 */
export class QuestionDraft {
	readonly #save: (init: QuestionInit, id: QuestionId | null) => QuestionId;
	id = $state<QuestionId | null>(null);
	kind = $state<QuestionKind>('rating');
	prompt = $state('');
	optional = $state(false);
	lowLabel = $state('');
	highLabel = $state('');
	evidence = $state(false);
	/** One option a line. */
	options = $state('');
	multiple = $state(false);
	problem = $state<RoundEditProblem | null>(null);
	/** The fields as last saved (or read): only what changed since is sent, so that what another
	 * facilitator changed meanwhile in other fields stays. */
	#saved: Record<string, unknown> | null = null;

	constructor(
		save: (init: QuestionInit, id: QuestionId | null) => QuestionId,
		question?: Question
	) {
		this.#save = save;
		if (!question) return;
		this.id = question.id;
		this.kind = question.kind;
		this.prompt = question.prompt;
		this.optional = question.optional;
		this.lowLabel = question.lowLabel;
		this.highLabel = question.highLabel;
		this.evidence = question.evidence;
		this.options = question.options.join('\n');
		this.multiple = question.multiple;
		this.#saved = this.#fields();
	}

	#fields(): Record<string, unknown> {
		return {
			prompt: this.prompt,
			optional: this.optional,
			lowLabel: this.lowLabel,
			highLabel: this.highLabel,
			evidence: this.evidence,
			options: this.options.split('\n'),
			multiple: this.multiple
		};
	}

	/** Keeps the question as typed; a question that cannot be kept yet says why, and waits. */
	save(): boolean {
		// A card just added waits quietly for its question; opening the round says it is missing.
		if (this.id === null && this.prompt.trim() === '') return false;
		try {
			const fields = this.#fields();
			const saved = this.#saved;
			const changed = saved
				? Object.fromEntries(
						Object.entries(fields).filter(
							([key, value]) => JSON.stringify(value) !== JSON.stringify(saved[key])
						)
					)
				: fields;
			this.id = this.#save({ ...changed, kind: this.kind }, this.id);
			this.#saved = fields;
			this.problem = null;
			return true;
		} catch (error) {
			this.problem = problemOf(error);
			return false;
		}
	}
}

/**
 * A round as its facilitator writes it: title, introduction, named or unnamed, who answers, its
 * questions (each a card saved as it changes, moved, removed), and the dates it opens and closes.
 * Once it is open it can only be closed.
 */
export class RoundEditor {
	readonly #workspace: Workspace;
	readonly id: RoundId;
	readonly #changed: () => void;
	/**
	 * The cards, by question id, so that a card keeps what is typed in it while the round changes
	 * (a plain map: which cards exist is read from the round, which is reactive).
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #cards = new Map<string, QuestionDraft>();
	/** A card added and not yet saved. */
	pending = $state<QuestionDraft | null>(null);
	opensNow = $state(true);
	opens = $state('');
	closes = $state('');
	problem = $state<RoundEditProblem | null>(null);

	readonly #round = $derived.by(() => {
		this.#changed();
		return this.#workspace.feedback.get(this.id);
	});

	readonly #readOnly: () => boolean;

	constructor(workspace: Workspace, id: RoundId, readOnly: () => boolean = () => false) {
		this.#workspace = workspace;
		this.id = id;
		this.#readOnly = readOnly;
		this.#changed = feedbackSubscriber(workspace);
		const now = workspace.clock.now();
		this.opens = localDateTime(now);
		this.closes = localDateTime(now + 2 * WEEK_MS);
	}

	/** The round, or null when there is none. */
	get round(): Round | null {
		return this.#round;
	}

	/** Where it stands now (null when there is no such round). */
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

	/** Whether this person may close it (a facilitator, on a copy that writes). */
	get mayClose(): boolean {
		this.#changed();
		return !this.#readOnly() && this.#workspace.feedback.mayRun;
	}

	/** Whether it is still being written (and this person may write it). */
	get editable(): boolean {
		const round = this.#round;
		return (
			round !== null &&
			!this.#readOnly() &&
			this.#workspace.feedback.mayRun &&
			this.#workspace.feedback.phase(round) === 'draft'
		);
	}

	/** The saved questions' cards in order, then the card being added. */
	get cards(): QuestionDraft[] {
		const questions = this.#round?.questions ?? [];
		const save = (init: QuestionInit, id: QuestionId | null) =>
			this.#workspace.feedback.putQuestion(this.id, init, id ?? undefined);
		const cards = questions.map((question) => {
			let card = this.#cards.get(question.id);
			if (!card) {
				card = new QuestionDraft(save, question);
				this.#cards.set(question.id, card);
			}
			return card;
		});
		return this.pending ? [...cards, this.pending] : cards;
	}

	#attempt(run: () => void): boolean {
		try {
			run();
			this.problem = null;
			return true;
		} catch (error) {
			this.problem = problemOf(error);
			return false;
		}
	}

	/** Changes the title, introduction, named or unnamed, or whether observers answer. */
	change(change: {
		title?: string;
		intro?: string;
		named?: boolean;
		observersMayAnswer?: boolean;
	}): boolean {
		return this.#attempt(() => this.#workspace.feedback.update(this.id, change));
	}

	/** Adds a card for a new question (saved once it has a prompt). */
	addQuestion(): QuestionDraft {
		const card: QuestionDraft = new QuestionDraft((init, id) => {
			const saved = this.#workspace.feedback.putQuestion(this.id, init, id ?? undefined);
			// Saved once: from now on it is one of the round's questions.
			if (this.pending === card) {
				this.#cards.set(saved, card);
				this.pending = null;
			}
			return saved;
		});
		this.pending = card;
		return card;
	}

	/** Moves a saved question one place earlier (-1) or later (+1). */
	move(card: QuestionDraft, by: -1 | 1): boolean {
		return (
			card.id !== null &&
			this.#attempt(() => this.#workspace.feedback.moveQuestion(this.id, card.id!, by))
		);
	}

	/** Removes a question (or the card being added). */
	remove(card: QuestionDraft): boolean {
		if (card === this.pending) {
			this.pending = null;
			return true;
		}
		return (
			card.id !== null &&
			this.#attempt(() => this.#workspace.feedback.removeQuestion(this.id, card.id!))
		);
	}

	/** Opens the round now (or at the date given) until its closing date. */
	open(): boolean {
		const round = this.#round;
		if (!round) return false;
		if (this.pending && !this.pending.id) {
			this.problem = 'unsaved-question';
			return false;
		}
		if (round.questions.length === 0) {
			this.problem = 'no-questions';
			return false;
		}
		const opensAt = this.opensNow ? this.#workspace.clock.now() : fromLocalDateTime(this.opens);
		const closesAt = fromLocalDateTime(this.closes);
		if (!(closesAt > opensAt)) {
			this.problem = 'closes-before-opens';
			return false;
		}
		return this.#attempt(() => this.#workspace.feedback.open(this.id, { opensAt, closesAt }));
	}

	/** Closes an open round now. */
	close(): boolean {
		return this.#attempt(() => this.#workspace.feedback.close(this.id));
	}

	/** Deletes a round nobody has answered. */
	delete(): boolean {
		return this.#attempt(() => this.#workspace.feedback.delete(this.id));
	}
}
