import type { AmendmentId, DecisionInitProblem, DecisionRule, VersionId } from '../workspace';
import type { DocumentHistory } from './document-history.svelte';
import { fromLocalDateTime, localDateTime } from './local-time';

/** The choice of version that saves the current text as a new one. */
export const NEW_VERSION = 'new';

/** How long a new decision stays open unless the facilitator says otherwise. */
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Why the form did not open a decision: what the decision lacks, or a failure to write it. */
export type DecisionFormProblem = DecisionInitProblem | { failed: string };

/**
 * The dialog in which a facilitator opens a decision on a document, as fields: which version (a
 * named one or the current text saved as a new one), the question, the rule, an optional quorum
 * and the closing time. `submit` checks it as the workspace will and opens it.
 */
export class DecisionForm {
	readonly #history: DocumentHistory;
	version = $state<VersionId | typeof NEW_VERSION>(NEW_VERSION);
	/** The amendment the decision is on, instead of a version; null for a decision on a version. */
	amendment = $state<AmendmentId | null>(null);
	versionName = $state('');
	question = $state('');
	/** Whether the facilitator wrote the question themselves (it no longer follows the version). */
	questionEdited = $state(false);
	rule = $state<DecisionRule>('consent');
	/** The quorum field as the browser gives it: a number, or null (or '') when emptied. */
	quorum = $state<number | string | null>(null);
	/** The closing time, as a `datetime-local` value. */
	closes = $state('');

	constructor(history: DocumentHistory) {
		this.#history = history;
	}

	/**
	 * Starts afresh: on `amendment`, or the latest version (or a new one named `newName`), the
	 * group's rule and quorum, a week to answer.
	 */
	reset(newName: string, now = Date.now(), amendment: AmendmentId | null = null): void {
		this.amendment = amendment;
		const versions = this.#history.versions;
		this.version = versions[versions.length - 1]?.id ?? NEW_VERSION;
		this.versionName = newName;
		this.questionEdited = false;
		const defaults = this.#history.decisionDefaults;
		this.rule = defaults.rule;
		this.quorum = defaults.quorum;
		this.closes = localDateTime(now + WEEK_MS);
	}

	/** The name of the version the decision is about, as chosen so far. */
	get chosenName(): string {
		if (this.version === NEW_VERSION) return this.versionName.trim();
		return this.#history.versions.find((v) => v.id === this.version)?.name ?? '';
	}

	/** The largest quorum the members who may answer can reach. */
	get largestQuorum(): number {
		return this.#history.largestQuorum;
	}

	/** Opens the decision; returns null once it is open, or why it was not. */
	submit(): DecisionFormProblem | null {
		const quorum =
			typeof this.quorum === 'number' && !Number.isNaN(this.quorum) ? this.quorum : null;
		const init = {
			version: this.amendment
				? { amendment: this.amendment }
				: this.version === NEW_VERSION
					? { newName: this.versionName }
					: (this.version as VersionId),
			question: this.question,
			rule: this.rule,
			quorum,
			closesAt: fromLocalDateTime(this.closes)
		};
		const problem = this.#history.problemWith(init);
		if (problem) return problem;
		try {
			this.#history.openDecision(init);
			return null;
		} catch (error) {
			return { failed: error instanceof Error ? error.message : String(error) };
		}
	}
}
