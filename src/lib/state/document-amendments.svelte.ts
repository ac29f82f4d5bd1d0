import { createSubscriber } from 'svelte/reactivity';
import {
	AmendmentChangeError,
	AmendmentRefusedError,
	type Amendment,
	type AmendmentDiff,
	type AmendmentId,
	type AmendmentRefusal,
	type Decision,
	type DocumentId,
	type MemberId,
	type Workspace
} from '../workspace';

/** An amendment as its review shows it: what it changes, who supports it, and its decision. */
export interface AmendmentView {
	amendment: Amendment;
	/** Null while this copy lacks the text it was drafted from. */
	diff: AmendmentDiff | null;
	supporters: MemberId[];
	opposers: MemberId[];
	/** The decision it is being put to, while one is open. */
	deciding: Decision | null;
}

/** Why an action on an amendment was not taken: a refusal, its change refused, or a failure. */
export type AmendmentProblem =
	AmendmentRefusal | AmendmentChangeError['problem'] | { failed: string };

/** How long typing may go on before what the amendments would change is worked out again. */
const TEXT_SETTLES_MS = 500;

/**
 * The amendments proposed to one document, kept in step with every copy: open ones to review
 * (with their diff, against today's text when the passage changed since), then those that ended,
 * and the actions this person may take on them.
 */
export class DocumentAmendments {
	readonly #workspace: Workspace;
	readonly #readOnly: () => boolean;
	readonly #changed: () => void;
	readonly documentId: DocumentId;

	readonly #all = $derived.by((): AmendmentView[] => {
		this.#changed();
		const { amendments } = this.#workspace;
		return amendments.list(this.documentId).map((amendment) => {
			const views = Object.entries(amendment.support);
			let diff: AmendmentDiff | null | undefined;
			return {
				amendment,
				// Worked out when a card shows it (ended ones stay folded away), then kept.
				get diff() {
					return (diff ??= amendments.diff(amendment));
				},
				supporters: views.filter(([, v]) => v.supports).map(([id]) => id as MemberId),
				opposers: views.filter(([, v]) => !v.supports).map(([id]) => id as MemberId),
				deciding: amendments.openDecisionOn(amendment.id)
			};
		});
	});

	constructor(workspace: Workspace, documentId: DocumentId, readOnly: () => boolean) {
		this.#workspace = workspace;
		this.documentId = documentId;
		this.#readOnly = readOnly;
		this.#changed = createSubscriber((update) => {
			const stops = [workspace.amendments.observe(update), workspace.decisions.observe(update)];
			// Whether an amendment is stale depends on the text: read again once typing pauses.
			let timer: ReturnType<typeof setTimeout> | undefined;
			stops.push(
				workspace.documents.observeText(documentId, () => {
					clearTimeout(timer);
					timer = setTimeout(update, TEXT_SETTLES_MS);
				})
			);
			return () => {
				clearTimeout(timer);
				for (const stop of stops) stop();
			};
		});
	}

	/** Amendments still open, oldest first. */
	get open(): AmendmentView[] {
		return this.#all.filter((view) => !view.amendment.outcome);
	}

	/** Amendments accepted, rejected or withdrawn, latest outcome first. */
	get ended(): AmendmentView[] {
		return this.#all
			.filter((view) => view.amendment.outcome)
			.sort((a, b) => b.amendment.outcome!.at - a.amendment.outcome!.at);
	}

	/** This person's member id. */
	get me(): MemberId {
		return this.#workspace.members.me;
	}

	/** Whether this person may propose amendments and support them. */
	get mayPropose(): boolean {
		this.#changed();
		return !this.#readOnly() && this.#workspace.amendments.mayPropose;
	}

	/** Whether this person may accept, reject or put amendments to a decision. */
	get mayDecide(): boolean {
		this.#changed();
		return !this.#readOnly() && this.#workspace.amendments.mayDecide;
	}

	#attempt(run: () => void): AmendmentProblem | null {
		if (this.#readOnly()) return 'not-allowed';
		try {
			run();
			return null;
		} catch (error) {
			if (error instanceof AmendmentRefusedError) return error.why;
			if (error instanceof AmendmentChangeError) return error.problem;
			console.warn('Concord: an amendment was not changed', error);
			return { failed: error instanceof Error ? error.message : String(error) };
		}
	}

	/** Says whether this person supports an amendment. */
	support(id: AmendmentId, supports: boolean): AmendmentProblem | null {
		return this.#attempt(() => this.#workspace.amendments.support(id, supports));
	}

	/** Takes an amendment into the text. */
	accept(id: AmendmentId): AmendmentProblem | null {
		return this.#attempt(() => this.#workspace.amendments.accept(id));
	}

	/** Turns an amendment down. */
	reject(id: AmendmentId): AmendmentProblem | null {
		return this.#attempt(() => this.#workspace.amendments.reject(id));
	}

	/** Takes back one's own amendment. */
	withdraw(id: AmendmentId): AmendmentProblem | null {
		return this.#attempt(() => this.#workspace.amendments.withdraw(id));
	}
}
