import {
	asIsoDate,
	LogInputError,
	LogRefusedError,
	type CommitmentId,
	type DecisionId,
	type LogEntry,
	type LogEntryId,
	type LogEntryInit,
	type LogTag,
	type Workspace
} from '../workspace';
import type { PassageChoice } from './commitment-form.svelte';

/** Why the form did not keep the entry. */
export type LogFormProblem = 'text-missing' | 'date-missing' | 'not-allowed' | { failed: string };

/**
 * The form that writes a learning-log entry or changes one of this person's: the three texts,
 * tags, the day, links to a commitment or a decision, whether it may leave the group, and, for a
 * new entry, whether this person's name is shown. `submit` checks it as the workspace will.
 */
export class LogEntryForm {
	readonly #workspace: Workspace;
	#editing = $state<LogEntryId | null>(null);
	tried = $state('');
	happened = $state('');
	learned = $state('');
	tags = $state<LogTag[]>([]);
	/** As `<input type="date">` gives it. */
	on = $state('');
	/** A commitment's or decision's id, or '' for none. */
	commitmentId = $state('');
	decisionId = $state('');
	shared = $state(false);
	/** The passage of a document a new entry is about, anchored when it was selected. */
	passage = $state<PassageChoice | null>(null);
	/** Whether the entry shows who wrote it (new entries only; an entry keeps what it was written as). */
	named = $state(true);

	constructor(workspace: Workspace) {
		this.#workspace = workspace;
		this.startNew();
	}

	/** Whether the form changes an existing entry (and so no longer offers to hide the name). */
	get editing(): boolean {
		return this.#editing !== null;
	}

	/** Empties the form for a new entry about today, named, kept inside the group. */
	startNew(): void {
		this.#editing = null;
		this.tried = this.happened = this.learned = '';
		this.tags = [];
		this.on = this.#workspace.commitments.today();
		this.commitmentId = this.decisionId = '';
		this.shared = false;
		this.named = true;
		this.passage = null;
	}

	/** Empties the form for a new entry about a passage selected in a document. */
	startFromPassage(passage: PassageChoice): void {
		this.startNew();
		this.passage = passage;
	}

	/** Fills the form from one of this person's entries, to change it. */
	startEditing(entry: LogEntry): void {
		this.#editing = entry.id;
		this.tried = entry.tried;
		this.happened = entry.happened;
		this.learned = entry.learned;
		this.tags = [...entry.tags];
		this.on = entry.on;
		this.commitmentId = entry.commitmentId ?? '';
		this.decisionId = entry.decisionId ?? '';
		this.shared = entry.shared;
		this.named = entry.by !== null;
		this.passage = null;
	}

	/** What the form holds, as the workspace takes it. */
	get #init(): LogEntryInit | null {
		const on = asIsoDate(this.on);
		if (!on) return null;
		return {
			tried: this.tried,
			happened: this.happened,
			learned: this.learned,
			tags: [...this.tags],
			on,
			commitmentId: (this.commitmentId || null) as CommitmentId | null,
			decisionId: (this.decisionId || null) as DecisionId | null,
			shared: this.shared,
			// An edit leaves the entry's passage as it is.
			...(this.passage ? { passage: this.passage.source } : {})
		};
	}

	/** Writes the entry (or the change); returns its id, or why it was not kept. */
	submit(): { id: LogEntryId } | { problem: LogFormProblem } {
		if (![this.tried, this.happened, this.learned].some((t) => t.trim()))
			return { problem: 'text-missing' };
		const init = this.#init;
		if (!init) return { problem: 'date-missing' };
		const log = this.#workspace.learningLog;
		try {
			if (this.#editing) {
				log.update(this.#editing, init);
				return { id: this.#editing };
			}
			return { id: log.write(init, { named: this.named }) };
		} catch (error) {
			if (error instanceof LogInputError)
				return { problem: error.field === 'date' ? 'date-missing' : 'text-missing' };
			if (error instanceof LogRefusedError) return { problem: 'not-allowed' };
			return { problem: { failed: error instanceof Error ? error.message : String(error) } };
		}
	}
}
