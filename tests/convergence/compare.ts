import * as Y from 'yjs';
import {
	asIsoDate,
	countedAnswers,
	eligibleAnswers,
	listRounds,
	summariseRound,
	buildProgressReport,
	documentBody,
	listCommitments,
	listAmendments,
	listThreads,
	markedThreads,
	listDecisions,
	listDocuments,
	listLogEntries,
	listMembers,
	listVersions,
	readMeta,
	resolvePassage,
	ROOT,
	versionSnapshot,
	type DocumentId,
	type VersionId
} from '../../src/lib/doc';
import type { ExportLabels } from '../../src/lib/export/formats/labels';
import { exportMarkdown } from '../../src/lib/export/formats/markdown';
import {
	blocksOf,
	readDocumentForExport,
	type ExportDocument
} from '../../src/lib/export/read-model/model';

/**
 * What "the copies are identical" means, and the check of it: the same state vector, the same
 * content in every root, the same lists the interface shows and the same Markdown export, with
 * nothing pending and nothing any copy wrote missing anywhere.
 */

/** The roots that hold a `Y.Array`; every other root of the schema holds a `Y.Map`. */
const ARRAY_ROOTS: readonly string[] = [ROOT.documentOrder, ROOT.versions];
const LABELS: ExportLabels = {
	workspace: 'Workspace',
	document: 'Document',
	exported: 'Exported',
	version: 'Version'
};
const EXPORTED_AT = new Date(Date.UTC(2026, 0, 1));
const REPORT_PERIOD = {
	from: asIsoDate('2000-01-01')!,
	to: asIsoDate('2100-12-31')!,
	timeZone: 'Pacific/Auckland'
};

/**
 * Markdown by the export model it was made from. The exporter is a pure function of that model, so
 * copies (and scenarios) with the same model share one serialisation; the model itself is compared
 * in full. Bounded, so a long campaign does not grow without end.
 */
const markdownCache = new Map<string, string>();

function markdownOf(exported: ExportDocument): string {
	const key = JSON.stringify(exported);
	let markdown = markdownCache.get(key);
	if (markdown === undefined) {
		markdown = exportMarkdown(exported, LABELS);
		if (markdownCache.size > 2000) markdownCache.clear();
		markdownCache.set(key, markdown);
	}
	return markdown;
}

function sortedAttributes(attributes: Record<string, unknown> | undefined): unknown {
	if (!attributes) return undefined;
	return Object.fromEntries(
		Object.keys(attributes)
			.sort()
			.map((k) => [k, canonical(attributes[k])])
	);
}

/**
 * A JSON-ready, key-ordered picture of any value a workspace holds, shared types included: a
 * body's `Y.Text` as its delta (every line end's format and every run's marks), and the XML body
 * that a workspace migrated from schema version 1 keeps unread beside it.
 */
export function canonical(value: unknown): unknown {
	if (value instanceof Y.XmlText || value instanceof Y.Text) {
		return (value.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]).map(
			(op) => ({ insert: canonical(op.insert), attributes: sortedAttributes(op.attributes) })
		);
	}
	if (value instanceof Y.XmlElement) {
		return {
			node: value.nodeName,
			attributes: sortedAttributes(value.getAttributes()),
			children: value.toArray().map(canonical)
		};
	}
	if (value instanceof Y.XmlFragment) return { fragment: value.toArray().map(canonical) };
	if (value instanceof Y.Map) {
		return Object.fromEntries(
			[...value.keys()].sort().map((key) => [key, canonical(value.get(key))])
		);
	}
	if (value instanceof Y.Array) return value.toArray().map(canonical);
	if (value instanceof Uint8Array) return { bytes: Buffer.from(value).toString('base64') };
	if (Array.isArray(value)) return value.map(canonical);
	if (value !== null && typeof value === 'object')
		return sortedAttributes(value as Record<string, unknown>);
	return value;
}

/** Everything about one copy that must be the same on every copy, as comparable strings. */
export function pictureOf(doc: Y.Doc): Record<string, string> {
	const roots: Record<string, unknown> = {};
	for (const name of Object.values(ROOT))
		roots[name] = canonical(ARRAY_ROOTS.includes(name) ? doc.getArray(name) : doc.getMap(name));
	const documents = listDocuments(doc);
	const exports = documents.map((summary) =>
		readDocumentForExport(doc, summary.id, { exportedAt: EXPORTED_AT, versionLabel: 'Draft' })
	);
	const markdown = exports.map((exported) => (exported ? markdownOf(exported) : null));
	return {
		stateVector: Buffer.from(Y.encodeStateVector(doc)).toString('base64'),
		content: JSON.stringify(roots),
		meta: JSON.stringify(readMeta(doc)),
		documents: JSON.stringify(documents),
		members: JSON.stringify(listMembers(doc)),
		versions: JSON.stringify(documents.map((d) => listVersions(doc, d.id))),
		// Answers are a record keyed by member; its key order follows each copy's own Y.Map, so it
		// is compared as a set (the interface must order answers itself).
		decisions: JSON.stringify(canonical(listDecisions(doc))),
		// Commitments as their pages show them: check-ins in date order, each passage where it is now.
		commitments: JSON.stringify(
			canonical(
				listCommitments(doc).map((c) => ({
					...c,
					passage: c.source ? resolvePassage(doc, c.source) : null
				}))
			)
		),
		// Comment threads as a document's panel lists them: in the order of their passages, each
		// where it starts now (or on deleted text).
		comments: JSON.stringify(
			documents.map((d) => {
				const body = documentBody(doc, d.id);
				const marked = body ? markedThreads(body) : new Map();
				return listThreads(doc, d.id).map((t) => ({ ...t, at: marked.get(t.id) ?? null }));
			})
		),
		// Feedback rounds as their pages show them, with the summary of what each counts.
		rounds: JSON.stringify(
			canonical(
				listRounds(doc).map((round) => ({
					...round,
					summary: summariseRound(
						round,
						round.outcome ? countedAnswers(round) : eligibleAnswers(round, listMembers(doc))
					).questions
				}))
			)
		),
		// Amendments as their review lists them: what each changes, the views on it, how it ended.
		amendments: JSON.stringify(
			canonical(
				listAmendments(doc).map(({ base, change, ...rest }) => ({
					...rest,
					base: base.length,
					change: change.length
				}))
			)
		),
		// The learning log as its page lists it: newest first, comments oldest first.
		learningLog: JSON.stringify(listLogEntries(doc)),
		// The record of mutual progress of every day so far, as each copy builds it.
		report: JSON.stringify(
			canonical(buildProgressReport(listCommitments(doc), listMembers(doc), REPORT_PERIOD))
		),
		exportModel: JSON.stringify(exports),
		markdown: markdown.join('\n\u0000\n')
	};
}

function excerpt(a: string, b: string): string {
	let at = 0;
	while (at < a.length && a[at] === b[at]) at++;
	const from = Math.max(0, at - 80);
	return `at character ${at}:\n    ${JSON.stringify(a.slice(from, at + 120))}\n vs ${JSON.stringify(b.slice(from, at + 120))}`;
}

/**
 * The first saved version that some copy no longer reads as it was when it was saved, or null.
 * Versions of documents deleted since are skipped: their text is no longer shown anywhere.
 */
export function findVersionDrift(
	docs: readonly Y.Doc[],
	saved: ReadonlyMap<VersionId, { documentId: string; blocks: string; by: number }>
): string | null {
	for (const [i, doc] of docs.entries()) {
		for (const [id, version] of saved) {
			const body = documentBody(doc, version.documentId as DocumentId);
			if (!body) continue;
			const snapshot = versionSnapshot(doc, id);
			if (!snapshot) return `copy ${i} cannot read version ${id}`;
			const blocks = JSON.stringify(blocksOf(body, { at: snapshot }));
			if (blocks !== version.blocks)
				return `copy ${i} reads version ${id} (saved by client ${version.by}) otherwise than it was saved ${excerpt(version.blocks, blocks)}`;
		}
	}
	return null;
}

/**
 * The first way in which the copies are not identical, or null when they are: something pending,
 * something a copy wrote missing from another, or a difference in any part of the picture.
 */
export function findDivergence(docs: readonly Y.Doc[]): string | null {
	for (const [i, doc] of docs.entries()) {
		if (doc.store.pendingStructs !== null) return `copy ${i} has pending structs`;
		if (doc.store.pendingDs !== null) return `copy ${i} has a pending delete set`;
	}
	for (const [i, doc] of docs.entries()) {
		const states = Y.decodeStateVector(Y.encodeStateVector(doc));
		for (const [j, writer] of docs.entries()) {
			const own = Y.getState(writer.store, writer.clientID);
			const held = states.get(writer.clientID) ?? 0;
			if (own !== held) return `copy ${i} holds ${held} of the ${own} changes copy ${j} wrote`;
		}
	}
	const pictures = docs.map(pictureOf);
	const first = pictures[0]!;
	for (const [i, picture] of pictures.entries()) {
		for (const key of Object.keys(first)) {
			if (picture[key] !== first[key])
				return `copy ${i} differs from copy 0 in ${key} ${excerpt(first[key]!, picture[key]!)}`;
		}
	}
	return null;
}
