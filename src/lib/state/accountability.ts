import type { CommitmentId, DocumentId, Member, Workspace } from '../workspace';
import { CommitmentForm, type PassageChoice } from './commitment-form.svelte';
import { CommitmentList } from './commitment-list.svelte';
import { CommitmentView } from './commitment-view.svelte';
import { DocumentCommitments } from './document-commitments.svelte';
import { LearningLogView } from './learning-log.svelte';
import { Overview } from './overview.svelte';
import { ProgressReportView } from './progress-report.svelte';
import { Roster } from './roster.svelte';

/**
 * Where the interface finds what the group holds itself to: its roster, the commitments and
 * their pages and forms, the commitments of a document's passages, the record of mutual progress,
 * the learning log, and what needs
 * this person's attention. Each call gives a fresh view, which the page that shows it keeps.
 */
export class Accountability {
	readonly #workspace: Workspace;
	readonly #members: () => readonly Member[];
	readonly #readOnly: () => boolean;

	constructor(workspace: Workspace, members: () => readonly Member[], readOnly: () => boolean) {
		this.#workspace = workspace;
		this.#members = members;
		this.#readOnly = readOnly;
	}

	/** The group's commitments, as the Commitments page lists them. */
	list(): CommitmentList {
		return new CommitmentList(this.#workspace, this.#members);
	}

	/** One commitment with its check-ins, and what this person may do with it. */
	commitment(id: CommitmentId): CommitmentView {
		return new CommitmentView(this.#workspace, id, this.#members, this.#readOnly);
	}

	/**
	 * A passage selected in a document (offsets in its text), anchored now so that a commitment
	 * made from it keeps to these words whatever is typed meanwhile; null for an empty one.
	 */
	passage(
		documentId: DocumentId,
		selected: { from: number; to: number; quote: string }
	): PassageChoice | null {
		const source = this.#workspace.commitments.anchor(documentId, selected.from, selected.to);
		return source && { documentId, quote: selected.quote, source };
	}

	/** A form that makes a new commitment. */
	form(): CommitmentForm {
		return new CommitmentForm(this.#workspace);
	}

	/** The commitments that come from passages of one document. */
	inDocument(id: DocumentId): DocumentCommitments {
		return new DocumentCommitments(this.#workspace, id);
	}

	/** The record of mutual progress, for a period or as a saved report was sent. */
	report(): ProgressReportView {
		return new ProgressReportView(this.#workspace);
	}

	/** The roster as the Members page shows it, with what facilitators change there. */
	roster(): Roster {
		return new Roster(this.#workspace, this.#members, this.#readOnly);
	}

	/** The group's learning log: its entries, filters, comments and export. */
	learningLog(): LearningLogView {
		return new LearningLogView(this.#workspace, this.#readOnly);
	}

	/** What needs this person's attention, for the workspace's overview. */
	overview(): Overview {
		return new Overview(this.#workspace, this.#members);
	}
}
