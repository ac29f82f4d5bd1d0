import * as Y from 'yjs';
import { BOUNDED_DECODER, docAtBase, readBase, type Amendment, type Block } from '../../doc';
import { compareDocument, runsIn, type Comparison } from './compare';
import { documentBlocks } from './model';

/*
 * What a proposed amendment would do to its document, as members review it: the paragraphs it
 * changes, with inserted and deleted words marked, against the text it was drafted from and,
 * when that passage has changed since, against today's text.
 */

/** An amendment's change as a reviewer sees it. */
export interface AmendmentDiff {
	/** The paragraphs it changes, against the text it was drafted from. */
	proposed: Comparison;
	/**
	 * The same change against today's text, when the paragraphs it changes are no longer as they
	 * were when it was drafted (null when they are, or once it has ended).
	 */
	today: Comparison | null;
}

const plainOf = (block: Block, keep: (change: string | undefined) => boolean) =>
	runsIn([block])
		.filter((run) => keep(run.change))
		.map((run) => run.text)
		.join('');

const changes = (block: Block) => runsIn([block]).some((run) => run.change);

/** Only the paragraphs a comparison changes, with its counts as they were. */
export function changedOnly(comparison: Comparison): Comparison {
	return { ...comparison, blocks: comparison.blocks.filter(changes) };
}

/** The comparison of a document before and after `change` is applied to `doc` (a scratch copy). */
function withChange(doc: Y.Doc, amendment: Amendment): Comparison | null {
	const before = Y.snapshot(doc);
	Y.applyUpdateV2(doc, amendment.change, null, BOUNDED_DECODER.v2);
	const comparison = compareDocument(doc, amendment.documentId, before, Y.snapshot(doc));
	return comparison && changedOnly(comparison);
}

/**
 * What a draft changes so far: the paragraphs of its document (in `fork`, the draft's own copy of
 * the workspace) that differ from the text it was drafted from, at `base`.
 */
export function draftPreview(
	fork: Y.Doc,
	documentId: Amendment['documentId'],
	base: Uint8Array
): Comparison | null {
	const comparison = compareDocument(fork, documentId, Y.decodeSnapshot(base), Y.snapshot(fork));
	return comparison && changedOnly(comparison);
}

/**
 * What an amendment changes against the text it was drafted from, or null when this copy cannot
 * show it (its base has not arrived yet, or its change does not read). It never changes, so a
 * reader may keep it.
 */
export function proposedDiff(doc: Y.Doc, amendment: Amendment): Comparison | null {
	const base = readBase(doc, amendment.base);
	if (!base) return null;
	const scratch = docAtBase(doc, base);
	try {
		return withChange(scratch, amendment);
	} catch {
		return null;
	} finally {
		scratch.destroy();
	}
}

/**
 * The diff of an amendment: `proposed` (from `proposedDiff`, given when already known) and, while
 * it is open and the paragraphs it changes no longer read as they did at its base, the same change
 * against today's text. Null when this copy cannot show it.
 */
export function amendmentDiff(
	doc: Y.Doc,
	amendment: Amendment,
	known?: Comparison | null
): AmendmentDiff | null {
	const proposed = known ?? proposedDiff(doc, amendment);
	if (!proposed) return null;
	if (amendment.outcome) return { proposed, today: null };
	// Stale when a paragraph it changes no longer reads today as it read at the base.
	const now = documentBlocks(doc, amendment.documentId) ?? [];
	const todays = new Set(now.map((block) => plainOf(block, () => true)));
	const stale = proposed.blocks.some((block) => {
		const was = plainOf(block, (change) => change !== 'inserted');
		return was !== '' && !todays.has(was);
	});
	if (!stale) return { proposed, today: null };
	const scratch = new Y.Doc({ gc: false });
	try {
		Y.applyUpdateV2(scratch, Y.encodeStateAsUpdateV2(doc));
		return { proposed, today: withChange(scratch, amendment) };
	} catch {
		return { proposed, today: null };
	} finally {
		scratch.destroy();
	}
}
