import { CommitmentForm } from './commitment-form.svelte';
import { feedbackSubscriber } from './today';
import {
	RoundInputError,
	RoundRefusedError,
	type ImprovementStep,
	type Member,
	type Round,
	type RoundId,
	type RoundPhase,
	type RoundResults,
	type RoundFormat,
	type RoundTexts,
	type ExportFile,
	type Workspace
} from '../workspace';

/** Why a response or a step was not kept. */
export type ResultsProblem = 'step-missing' | 'not-allowed' | { failed: string };

function problemOf(error: unknown): ResultsProblem {
	if (error instanceof RoundInputError) return 'step-missing';
	if (error instanceof RoundRefusedError) return 'not-allowed';
	return { failed: error instanceof Error ? error.message : String(error) };
}

/**
 * One round's results as its Summary page shows them (counts, averages, the comparison with the
 * round before, report cards), with the group's response and its steps towards improvement, each
 * of which a facilitator can turn into a commitment.
 */
export class RoundResultsView {
	readonly #workspace: Workspace;
	readonly id: RoundId;
	readonly #members: () => readonly Member[];
	readonly #changed: () => void;
	problem = $state<ResultsProblem | null>(null);

	readonly #round = $derived.by(() => {
		this.#changed();
		return this.#workspace.feedback.get(this.id);
	});

	readonly #results = $derived.by(() => {
		this.#members();
		this.#changed();
		const round = this.#round;
		return round ? this.#workspace.feedback.results(round) : null;
	});

	readonly #readOnly: () => boolean;

	constructor(
		workspace: Workspace,
		id: RoundId,
		members: () => readonly Member[],
		readOnly: () => boolean = () => false
	) {
		this.#workspace = workspace;
		this.id = id;
		this.#members = members;
		this.#readOnly = readOnly;
		this.#changed = feedbackSubscriber(workspace);
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

	/** Its results so far (final once it is closed). */
	get results(): RoundResults | null {
		return this.#results;
	}

	/** Whether this person may respond to it and make commitments from its steps. */
	get mayRespond(): boolean {
		this.#members();
		return !this.#readOnly() && this.#workspace.feedback.mayRun;
	}

	#attempt<T>(run: () => T): T | null {
		try {
			const result = run();
			this.problem = null;
			return result;
		} catch (error) {
			this.problem = problemOf(error);
			return null;
		}
	}

	/** Keeps the group's response. */
	respond(text: string): boolean {
		return this.#attempt(() => this.#workspace.feedback.respond(this.id, text) ?? true) !== null;
	}

	/** Adds a step towards improvement, or rewrites one. */
	putStep(text: string, step?: ImprovementStep): boolean {
		return this.#attempt(() => this.#workspace.feedback.putStep(this.id, text, step?.id)) !== null;
	}

	/** Removes a step no commitment was made from. */
	removeStep(step: ImprovementStep): boolean {
		return (
			this.#attempt(() => this.#workspace.feedback.removeStep(this.id, step.id) ?? true) !== null
		);
	}

	/** The round's summary (or its answers, as CSV) as a file; why not, when it cannot be. */
	async export(format: RoundFormat, texts: RoundTexts): Promise<ExportFile> {
		const round = this.#round;
		if (!round) throw new Error('There is no such feedback round.');
		return this.#workspace.feedback.export(round, format, texts);
	}

	/** The form that makes a commitment from a step (`CommitmentForm.startFromStep`). */
	commitmentForm(): CommitmentForm {
		return new CommitmentForm(this.#workspace);
	}
}
