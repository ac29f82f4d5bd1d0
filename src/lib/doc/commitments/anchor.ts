import * as Y from 'yjs';
import { documentBody } from '../documents';
import type { DocumentId } from '../ids';
import { cleanLine } from '../meta';
import { COMMITMENT_LIMITS, type CommitmentSource } from './types';

/** Where a commitment's passage is now in its document's text, and what it says. */
export interface ResolvedPassage {
	documentId: DocumentId;
	/** Offsets in the document's text (the body's `Y.Text`), `from` < `to`. */
	from: number;
	to: number;
	text: string;
}

/** The words of a stretch of a body, on one line, as a passage is quoted. */
function wordsOf(text: Y.Text, from: number, to: number): string {
	return text
		.toString()
		.slice(from, to)
		.replace(/[\n\uFFFC]/g, ' ');
}

/**
 * Anchors a passage (offsets `from` to `to` in a document's text) so that it moves with edits
 * around it; null when the document is missing or the passage is empty.
 */
export function anchorPassage(
	doc: Y.Doc,
	documentId: DocumentId,
	from: number,
	to: number
): CommitmentSource | null {
	const text = documentBody(doc, documentId);
	if (!text) return null;
	const start = Math.max(0, Math.min(from, to));
	const end = Math.min(text.length, Math.max(from, to));
	const quote = cleanLine(wordsOf(text, start, end), COMMITMENT_LIMITS.quote);
	if (end <= start || quote === null) return null;
	return {
		documentId,
		// The start sticks to the passage's first character and the end to its last, so text
		// typed just before or just after the passage stays outside it.
		start: Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, start, 0)),
		end: Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, end, -1)),
		quote
	};
}

function absolute(doc: Y.Doc, text: Y.Text, encoded: Uint8Array): number | null {
	try {
		const position = Y.createAbsolutePositionFromRelativePosition(
			Y.decodeRelativePosition(encoded),
			doc
		);
		return position && position.type === text ? position.index : null;
	} catch {
		// Bytes a peer made up: no position.
		return null;
	}
}

/**
 * Where a commitment's passage is now, or null when it is gone: its document deleted, or every
 * character of it removed.
 */
export function resolvePassage(doc: Y.Doc, source: CommitmentSource): ResolvedPassage | null {
	const text = documentBody(doc, source.documentId);
	if (!text) return null;
	const from = absolute(doc, text, source.start);
	const to = absolute(doc, text, source.end);
	if (from === null || to === null || to <= from) return null;
	const words = wordsOf(text, from, to).trim();
	if (words.length === 0) return null;
	return { documentId: source.documentId, from, to, text: words };
}
