import type { DocumentId } from '../../doc';
import type { AmendmentRecordLabels } from '../../export/read-model/amendment-record';
import type { DecisionRecordLabels } from '../../export/read-model/decision-record';
import type {
	CommentExportLabels,
	ExportFile,
	ExportFormat,
	ExportTexts
} from '../document-export';
import type { OperationContext } from './context';
import type { WorkspaceAmendments } from './amendments';
import type { WorkspaceDecisions } from './decisions';

/** The words an export of the agreed text needs besides the export's own. */
export interface AgreedTexts {
	/** The label of the agreed version in the file's header, from its name and when it was agreed. */
	label(name: string, agreedAt: number): string;
	/** Added to the file name, so that the agreed text and the draft are told apart. */
	fileSuffix: string;
	/** The words of the record of the decision that agreed it, appended to the text. */
	record: DecisionRecordLabels;
	/** The words of the record of the amendments proposed to it, appended after the decision's. */
	amendments: AmendmentRecordLabels;
}

/** The export writers, loaded when a person first exports (the editor page needs none of them). */
const writers = () => import('../document-export');

/** The files a workspace's documents are exported to: the draft, the agreed text, all of them. */
export class WorkspaceExports {
	readonly #context: OperationContext;
	readonly #decisions: WorkspaceDecisions;
	readonly #amendments: WorkspaceAmendments;
	readonly #name: () => string;

	constructor(
		context: OperationContext,
		records: { decisions: WorkspaceDecisions; amendments: WorkspaceAmendments },
		name: () => string
	) {
		this.#context = context;
		this.#decisions = records.decisions;
		this.#amendments = records.amendments;
		this.#name = name;
	}

	/**
	 * One document's current text (the draft) as a file in `format`; with `comments`, its comment
	 * threads too (as Word comments in a Word file, an appendix in the others).
	 */
	async draft(
		id: DocumentId,
		format: ExportFormat,
		texts: ExportTexts,
		comments?: CommentExportLabels
	): Promise<ExportFile> {
		const { exportDocumentFile } = await writers();
		return exportDocumentFile(this.#context.doc, id, format, texts, undefined, comments);
	}

	/**
	 * The agreed version of a document as a file in `format`, named as agreed, with the record of
	 * the decision that agreed it and of the amendments proposed to the document; null while the
	 * document has no agreed version.
	 */
	async agreed(
		id: DocumentId,
		format: ExportFormat,
		texts: ExportTexts,
		agreedTexts: AgreedTexts
	): Promise<ExportFile | null> {
		const agreed = this.#decisions.agreed(id);
		const outcome = agreed?.decision.outcome;
		if (!agreed?.version || !outcome) return null;
		const { decision, version } = agreed;
		const { exportDocumentFile } = await writers();
		return exportDocumentFile(this.#context.doc, id, format, texts, {
			version: version.id,
			label: agreedTexts.label(version.name, outcome.closedAt),
			appendix: [
				...this.#decisions.record(decision, version, agreedTexts.record),
				...this.#amendments.record(id, agreedTexts.amendments)
			],
			fileSuffix: agreedTexts.fileSuffix
		});
	}

	/** Every document as one zip of Markdown files, for archiving. */
	async all(texts: ExportTexts): Promise<ExportFile> {
		const { exportWorkspaceBundle } = await writers();
		return exportWorkspaceBundle(this.#context.doc, this.#name(), texts);
	}
}
