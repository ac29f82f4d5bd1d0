import type * as Y from 'yjs';
import { legacyBlocksOf } from './legacy-body';
import type { ExportComment } from './comments-appendix';
import {
	documentBody,
	HARD_BREAK,
	legacyDocumentBody,
	listDocuments,
	readLines,
	readMeta,
	type Block,
	type BodyView,
	type Container,
	type Line,
	type Run,
	versionSnapshot,
	type VersionId,
	type DocumentId,
	type DocumentKind
} from '../../doc';

/** One document ready to export, with the header block every format carries. */
export interface ExportDocument {
	workspaceName: string;
	title: string;
	kind: DocumentKind;
	/** BCP 47 language of the text, for `lang` attributes and document properties. */
	language: string;
	exportedAt: Date;
	/** Which version this is, e.g. "Draft, not agreed" (decisions come with versions). */
	versionLabel: string;
	blocks: Block[];
	/**
	 * Comment threads a format writes as its own comments (Word), anchored where the runs' `threads`
	 * say; absent when the export carries none that way.
	 */
	comments?: { heading: string; threads: ExportComment[] };
}

/** Whether two runs look the same: the same marks, link, line break and change. */
function sameLook(a: Run, b: Run): boolean {
	const look = (run: Run) => JSON.stringify({ ...run, text: '' });
	return look(a) === look(b);
}

function runsOf(line: Line, threads: boolean): Run[] {
	const runs: Run[] = [];
	for (const run of line.runs) {
		const change = run.change
			? { change: run.change.type, ...(run.change.client ? { writer: run.change.client } : {}) }
			: {};
		run.text.split(HARD_BREAK).forEach((part, i) => {
			if (i > 0) runs.push({ text: '', lineBreak: true });
			if (part === '') return;
			const next: Run = {
				text: part,
				...(run.marks.bold ? { bold: true } : {}),
				...(run.marks.italic ? { italic: true } : {}),
				...(run.marks.link ? { href: run.marks.link } : {}),
				...(threads && run.marks.comments?.length ? { threads: run.marks.comments } : {}),
				...change
			};
			// Text that differs only in what a reader does not see (the comment threads it is in,
			// unless asked for) is one run, so that a text and its copy compare equal and export alike.
			const last = runs.at(-1);
			if (last && !last.lineBreak && sameLook(last, next)) last.text += part;
			else runs.push(next);
		});
	}
	return runs;
}

/** Consecutive lines that share a container at a depth, or a single line outside any. */
interface Group {
	container: Container | null;
	lines: Line[];
}

function groupsAt(lines: readonly Line[], depth: number): Group[] {
	const groups: Group[] = [];
	for (const line of lines) {
		const container = line.format.wrap[depth] ?? null;
		const last = groups[groups.length - 1];
		if (
			container &&
			last?.container &&
			last.container.type === container.type &&
			last.container.id === container.id
		)
			last.lines.push(line);
		else groups.push({ container, lines: [line] });
	}
	return groups;
}

function textBlock(line: Line, threads: boolean): Block {
	return line.format.block === 'heading'
		? { type: 'heading', level: line.format.level ?? 2, runs: runsOf(line, threads) }
		: { type: 'paragraph', runs: runsOf(line, threads) };
}

/** `threads`: whether runs carry the comment threads their words are in (exports with comments). */
function blocksAt(lines: readonly Line[], depth: number, threads: boolean): Block[] {
	return groupsAt(lines, depth).flatMap((group): Block[] => {
		const container = group.container;
		if (!container) return group.lines.map((line) => textBlock(line, threads));
		switch (container.type) {
			case 'bulletList':
			case 'orderedList':
				return [
					{
						type: 'list',
						ordered: container.type === 'orderedList',
						start: container.attrs?.start ?? 1,
						// Each item's lines (a damaged list's stray lines count as an item each).
						items: groupsAt(group.lines, depth + 1).map((item) =>
							blocksAt(item.lines, item.container ? depth + 2 : depth + 1, threads)
						)
					}
				];
			case 'blockquote':
				return [{ type: 'quote', blocks: blocksAt(group.lines, depth + 1, threads) }];
			case 'table':
				return [{ type: 'table', rows: rowsOf(group.lines, depth + 1, threads) }];
			default:
				// An item, row or cell outside its list or table keeps its text.
				return blocksAt(group.lines, depth + 1, threads);
		}
	});
}

/** The cells of a table: each cell's text, its lines joined by line breaks. */
function rowsOf(
	lines: readonly Line[],
	depth: number,
	threads: boolean
): { cells: { header: boolean; runs: Run[] }[] }[] {
	return groupsAt(lines, depth).map((row) => ({
		cells: groupsAt(row.lines, depth + 1).map((cell) => ({
			header: cell.container?.type === 'tableHeader',
			runs: cell.lines.flatMap((line, i) => [
				...(i > 0 ? [{ text: '', lineBreak: true }] : []),
				...runsOf(line, threads)
			])
		}))
	}));
}

/**
 * Reads a body into blocks: as it is now, as it was at a snapshot, or compared between two; with
 * `threads`, each run also says which comment threads its words are in.
 */
export function blocksOf(body: Y.Text, view?: BodyView, threads = false): Block[] {
	return blocksAt(readLines(body, view), 0, threads);
}

/** Whether a shared type already existed in a snapshot. */
function existedAt(type: { _item: Y.Item | null }, snapshot: Y.Snapshot): boolean {
	const item = type._item;
	if (!item) return true;
	const clock = snapshot.sv.get(item.id.client);
	return clock !== undefined && clock > item.id.clock;
}

/**
 * Reads a document's body into blocks, in a view or now; null without the document. A state from
 * before the body moved to its current form (schema version 2) is read from the old body; a
 * comparison that spans the move shows the later state without marks, as the two cannot be
 * compared character by character.
 */
export function documentBlocks(doc: Y.Doc, id: DocumentId, view?: BodyView): Block[] | null {
	const text = documentBody(doc, id);
	if (!text) return null;
	const sinceReadable = !view?.since || view.since.sv.size === 0 || existedAt(text, view.since);
	if (!view || (existedAt(text, view.at) && sinceReadable)) return blocksOf(text, view);
	if (existedAt(text, view.at)) return blocksOf(text, { at: view.at });
	const legacy = legacyDocumentBody(doc, id);
	return legacy ? legacyBlocksOf(legacy, view) : [];
}

/** Reads one document of a workspace for export; null when there is no such document. */
export function readDocumentForExport(
	doc: Y.Doc,
	id: DocumentId,
	options: {
		exportedAt: Date;
		versionLabel: string;
		/** Read the text as it was at this named version instead of now. */
		version?: VersionId;
		/** Blocks that follow the text, such as the record of the decision that agreed it. */
		appendix?: Block[];
		/** Runs say which comment threads their words are in (a draft only). */
		threads?: boolean;
	}
): ExportDocument | null {
	const summary = listDocuments(doc).find((d) => d.id === id);
	if (!summary) return null;
	const meta = readMeta(doc);
	const at = options.version ? versionSnapshot(doc, options.version) : undefined;
	if (at === null) return null;
	const body = documentBody(doc, id);
	const blocks =
		options.threads && !at && body
			? blocksOf(body, undefined, true)
			: documentBlocks(doc, id, at && { at });
	if (!blocks) return null;
	return {
		workspaceName: meta.name,
		title: summary.title,
		kind: summary.kind,
		language: summary.language,
		exportedAt: options.exportedAt,
		versionLabel: options.versionLabel,
		blocks: [...blocks, ...(options.appendix ?? [])]
	};
}

/** The plain text of runs, for headings, file names and tests. */
export function textOf(runs: readonly Run[]): string {
	return runs.map((run) => (run.lineBreak ? '\n' : run.text)).join('');
}
