import type * as Y from 'yjs';
import { COMMENT_MARK, commentMarkKey } from '../body/line-format';
import type { ThreadId } from './types';

/*
 * A thread's passage is the text its mark covers in the document's body. The mark goes on the
 * characters only, never on line ends, so that a line's format stays what the line says.
 */

const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
/** Whether `at` falls between the two halves of one character. */
const insidePair = (text: string, at: number) =>
	at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
const characterStart = (text: string, at: number) => (insidePair(text, at) ? at - 1 : at);
const characterEnd = (text: string, at: number) => (insidePair(text, at) ? at + 1 : at);

/** Marks the characters from `from` to `to` of a body as the passage of `threadId`. */
export function markPassage(text: Y.Text, from: number, to: number, threadId: ThreadId): void {
	const content = text.toString();
	// Never between the two halves of a character (an emoji): split there, peers would read it
	// as two broken characters.
	const start = characterStart(content, Math.max(0, Math.min(from, to, content.length)));
	const end = characterEnd(content, Math.min(content.length, Math.max(from, to)));
	const key = commentMarkKey(threadId);
	// Walked from the start, as the editor's binding writes (`text-binding/diff.ts`).
	const delta: { retain: number; attributes?: Record<string, unknown> }[] = [];
	if (start > 0) delta.push({ retain: start });
	let at = start;
	while (at < end) {
		const lineEnd = content.indexOf('\n', at);
		const stop = lineEnd === -1 || lineEnd >= end ? end : lineEnd;
		if (stop > at) delta.push({ retain: stop - at, attributes: { [key]: true } });
		if (stop < end) delta.push({ retain: 1 });
		at = stop + 1;
	}
	if (delta.some((op) => op.attributes)) text.applyDelta(delta);
}

/** The threads marked in a body, each with the offset where its passage first starts, in order. */
export function markedThreads(text: Y.Text): Map<ThreadId, number> {
	const found = new Map<ThreadId, number>();
	let at = 0;
	for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
		const length = typeof op.insert === 'string' ? op.insert.length : 1;
		if (op.attributes && !(typeof op.insert === 'string' && op.insert === '\n'))
			for (const key in op.attributes)
				if (key.startsWith(COMMENT_MARK) && op.attributes[key] === true) {
					const id = key.slice(COMMENT_MARK.length) as ThreadId;
					if (!found.has(id)) found.set(id, at);
				}
		at += length;
	}
	return found;
}
