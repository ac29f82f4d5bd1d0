import {
	documentBody,
	type Block,
	type DocumentId,
	type Member,
	type MemberId,
	type VersionId
} from '../../doc';
import {
	compareVersions,
	differsFromVersion,
	readVersionText,
	readWriters,
	runsIn,
	type Comparison
} from '../../export/read-model/compare';
import type { OperationContext } from './context';

export type { Comparison };

/** The current text with who wrote each run, and the legend of writers in order of appearance. */
export interface AuthoredText {
	blocks: Block[];
	/** The member of each run's writer, by the run's `writer` client id. */
	authorOf: Map<number, Member | null>;
	legend: (Member | null)[];
}

/** The texts of a workspace's documents as people read them: now, as saved, compared, by writer. */
export class WorkspaceTexts {
	readonly #context: OperationContext;
	readonly #writerOf: (client: number) => MemberId | null;

	constructor(context: OperationContext, writerOf: (client: number) => MemberId | null) {
		this.#context = context;
		this.#writerOf = writerOf;
	}

	/** Calls `listener` on every change of a document's text; returns the stop. */
	observe(documentId: DocumentId, listener: () => void): () => void {
		const body = documentBody(this.#context.doc, documentId);
		body?.observeDeep(listener);
		return () => body?.unobserveDeep(listener);
	}

	/** The text of a named version, or null when it cannot be read. */
	versionText(documentId: DocumentId, version: VersionId): Block[] | null {
		return readVersionText(this.#context.doc, documentId, version);
	}

	/** What changed between two versions, or a version and now (null), the earlier first. */
	compare(documentId: DocumentId, from: VersionId | null, to: VersionId | null): Comparison | null {
		return compareVersions(this.#context.doc, documentId, from, to);
	}

	/** Whether the text now differs from a named version's (null when that cannot be read). */
	differsFrom(documentId: DocumentId, version: VersionId): boolean | null {
		return differsFromVersion(this.#context.doc, documentId, version);
	}

	/** The current text with who wrote each part, the members as `members` knows them. */
	authored(documentId: DocumentId, members: readonly Member[]): AuthoredText | null {
		const blocks = readWriters(this.#context.doc, documentId);
		if (!blocks) return null;
		const byId = new Map(members.map((m) => [m.id, m]));
		const authorOf = new Map<number, Member | null>();
		const legend: (Member | null)[] = [];
		for (const run of runsIn(blocks)) {
			if (run.writer === undefined || authorOf.has(run.writer)) continue;
			const writer = this.#writerOf(run.writer);
			const member = (writer && byId.get(writer)) ?? null;
			authorOf.set(run.writer, member);
			if (!legend.includes(member)) legend.push(member);
		}
		return { blocks, authorOf, legend };
	}
}
