import {
	roundTemplatesIn,
	type Member,
	type Round,
	type RoundId,
	type RoundPhase,
	type RoundTemplate,
	type Workspace
} from '../workspace';
import { RoundAnswerForm } from './round-answer-form.svelte';
import { RoundEditor } from './round-editor.svelte';
import { RoundResultsView } from './round-results.svelte';
import { feedbackSubscriber } from './today';

/** A round as the Feedback page lists it: where it stands and what this person may do. */
export interface RoundRow {
	round: Round;
	phase: RoundPhase;
	/** How many have answered, and how many it asks. */
	answered: number;
	asked: number;
	mayAnswer: boolean;
	answeredByMe: boolean;
}

/** The group's feedback rounds as the Feedback page lists them, most recent first. */
export class RoundList {
	readonly #workspace: Workspace;
	readonly #changed: () => void;
	readonly #rows = $derived.by(() => {
		this.#changed();
		const feedback = this.#workspace.feedback;
		return feedback.list().map((round): RoundRow => ({
			round,
			phase: feedback.phase(round),
			answered: round.outcome ? round.outcome.respondents : round.respondents.length,
			asked: feedback.results(round).asked,
			mayAnswer: feedback.mayAnswer(round),
			answeredByMe: feedback.hasAnswered(round)
		}));
	});

	constructor(workspace: Workspace) {
		this.#workspace = workspace;
		this.#changed = feedbackSubscriber(workspace);
	}

	/** Every round, most recent first. */
	get rows(): RoundRow[] {
		return this.#rows;
	}
}

/**
 * Where the interface finds the group's feedback rounds: the list, a round being written, the
 * form that answers one, and its results with the group's response. Each call gives a fresh
 * view, which the page that shows it keeps.
 */
export class Feedback {
	readonly #workspace: Workspace;
	readonly #members: () => readonly Member[];
	readonly #readOnly: () => boolean;

	constructor(workspace: Workspace, members: () => readonly Member[], readOnly: () => boolean) {
		this.#workspace = workspace;
		this.#members = members;
		this.#readOnly = readOnly;
	}

	/** Whether this person may write, open and close rounds and respond to them. */
	get mayRun(): boolean {
		this.#members();
		return !this.#readOnly() && this.#workspace.feedback.mayRun;
	}

	/** The starting rounds in a language (English where there are none in it). */
	async templates(language: string): Promise<readonly RoundTemplate[]> {
		return roundTemplatesIn(language);
	}

	/** Writes a new round titled `title`, blank or from a starting round; returns its id. */
	create(title: string, template: RoundTemplate | null): RoundId {
		return this.#workspace.feedback.create(
			template ? { ...template, title } : { title, named: true }
		);
	}

	/** The title of a round (a commitment made from one of its steps names it), or null. */
	roundTitle(id: string): string | null {
		return this.#workspace.feedback.title(id);
	}

	/** The rounds, as the Feedback page lists them. */
	list(): RoundList {
		return new RoundList(this.#workspace);
	}

	/** One round, as its facilitator writes and opens it. */
	editor(id: RoundId): RoundEditor {
		return new RoundEditor(this.#workspace, id, this.#readOnly);
	}

	/** The form that answers one round. */
	answers(id: RoundId): RoundAnswerForm {
		return new RoundAnswerForm(this.#workspace, id, this.#readOnly);
	}

	/** One round's results, the group's response and its steps towards improvement. */
	results(id: RoundId): RoundResultsView {
		return new RoundResultsView(this.#workspace, id, this.#members, this.#readOnly);
	}
}
