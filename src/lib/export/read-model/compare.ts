import * as Y from 'yjs';
import { versionSnapshot, type DocumentId, type VersionId } from '../../doc';
import type { Block, Run } from '../../doc';
import { documentBlocks } from './model';

/*
 * Two states of a document side by side: what was inserted and deleted between them, and who
 * wrote each part of the text now. Both read the workspace's kept history (`gc: false`).
 */

/** A document compared between two states, with how much changed. */
export interface Comparison {
	blocks: Block[];
	/** Characters inserted and deleted between the two states. */
	inserted: number;
	deleted: number;
}

/** Every run of some blocks, in reading order. */
export function runsIn(blocks: readonly Block[]): Run[] {
	return blocks.flatMap((block): Run[] => {
		switch (block.type) {
			case 'heading':
			case 'paragraph':
				return block.runs;
			case 'quote':
				return runsIn(block.blocks);
			case 'list':
				return block.items.flatMap((item) => runsIn(item));
			case 'table':
				return block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.runs));
		}
	});
}

/**
 * Compares a document between an earlier state `since` and a later state `at` (either may be a
 * named version's snapshot, or `Y.snapshot(doc)` for now); null when there is no such document.
 */
export function compareDocument(
	doc: Y.Doc,
	id: DocumentId,
	since: Y.Snapshot,
	at: Y.Snapshot
): Comparison | null {
	const blocks = documentBlocks(doc, id, { at, since });
	if (!blocks) return null;
	let inserted = 0;
	let deleted = 0;
	for (const run of runsIn(blocks)) {
		if (run.change === 'inserted') inserted += run.text.length;
		else if (run.change === 'deleted') deleted += run.text.length;
	}
	return { blocks, inserted, deleted };
}

/** The current text of a document with the client that wrote each run; null without the document. */
export function readWriters(doc: Y.Doc, id: DocumentId): Block[] | null {
	return documentBlocks(doc, id, { at: Y.snapshot(doc), since: Y.emptySnapshot });
}

/** A named version's state, or now for null; null too when the version cannot be read. */
function stateAt(doc: Y.Doc, version: VersionId | null): Y.Snapshot | null {
	return version === null ? Y.snapshot(doc) : versionSnapshot(doc, version);
}

/**
 * Compares a document between two named versions, or a version and now (null), the earlier
 * first; null when the document or a version cannot be read.
 */
export function compareVersions(
	doc: Y.Doc,
	id: DocumentId,
	from: VersionId | null,
	to: VersionId | null
): Comparison | null {
	const since = stateAt(doc, from);
	const at = stateAt(doc, to);
	return since && at ? compareDocument(doc, id, since, at) : null;
}

/** A document as it was at a named version; null when it cannot be read. */
export function readVersionText(doc: Y.Doc, id: DocumentId, version: VersionId): Block[] | null {
	const at = versionSnapshot(doc, version);
	return at ? documentBlocks(doc, id, { at }) : null;
}

/**
 * Whether a document's current text differs from a named version in anything a reader sees:
 * words, formatting, links, headings or structure. Null when either cannot be read.
 */
export function differsFromVersion(doc: Y.Doc, id: DocumentId, version: VersionId): boolean | null {
	const now = documentBlocks(doc, id);
	const then = readVersionText(doc, id, version);
	if (!now || !then) return null;
	return JSON.stringify(now) !== JSON.stringify(then);
}
