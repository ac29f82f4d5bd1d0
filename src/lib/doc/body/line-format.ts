/**
 * A document body as one `Y.Text` of lines. Every block of text (a paragraph or a heading) is its
 * characters followed by one "\n", and that newline carries the block's format: its type, its
 * heading level and the containers it sits in (lists, list items, quotes, tables, rows, cells).
 * Pressing Enter is then the insertion of one character and joining two blocks the deletion of one,
 * so no text ever moves and what others type concurrently stays beside the characters it was typed
 * next to.
 */
import { isBase64UrlToken, isWellFormedId } from '../ids';

/** The attribute keys a line's newline carries. */
export const LINE = { block: 'block', level: 'level', wrap: 'wrap' } as const;

/** The attribute keys text characters carry (the editor's marks). */
export const MARK = { bold: 'bold', italic: 'italic', link: 'link' } as const;

/**
 * The start of the attribute key that marks a passage with a comment thread: `comment:<id>`,
 * one key per thread, so that threads overlap and each merges on its own.
 */
export const COMMENT_MARK = 'comment:';

/** The attribute key of a thread's mark. */
export function commentMarkKey(threadId: string): string {
	return `${COMMENT_MARK}${threadId}`;
}

/** The most threads one character can be in; more from a peer are left out. */
export const MAX_THREADS_PER_CHARACTER = 64;

/** A line break inside a block (Shift+Enter): one character of its own, U+2028 LINE SEPARATOR. */
export const HARD_BREAK = '\u2028';

/** The kinds of block a line can be. */
export type TextBlockType = 'paragraph' | 'heading';

/** The kinds of container a line can sit in, with the editor's node names. */
export const CONTAINER_TYPES = [
	'bulletList',
	'orderedList',
	'listItem',
	'blockquote',
	'table',
	'tableRow',
	'tableCell',
	'tableHeader'
] as const;

/** One of the container kinds above. */
export type ContainerType = (typeof CONTAINER_TYPES)[number];

/** Attributes a container keeps: an ordered list's first number, a table cell's span and width. */
export interface ContainerAttributes {
	start?: number;
	colspan?: number;
	rowspan?: number;
	colwidth?: number[] | null;
}

/**
 * One container around a line. Consecutive lines whose containers have the same type and id at a
 * depth sit in the same container; the id tells two neighbouring list items (or cells) apart.
 */
export interface Container {
	type: ContainerType;
	id: string;
	attrs?: ContainerAttributes;
}

/** What the newline at the end of a line says about its line. */
export interface LineFormat {
	block: TextBlockType;
	/** Only for headings. */
	level?: 1 | 2 | 3;
	/** The containers around the line, outermost first; empty at the top of the document. */
	wrap: Container[];
}

/** The most containers a line can sit in; deeper nesting from a peer is cut at this depth. */
export const MAX_DEPTH = 24;

function positiveInteger(value: unknown, max: number): number | undefined {
	return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max
		? value
		: undefined;
}

function containerAttributes(type: ContainerType, raw: unknown): ContainerAttributes | undefined {
	if (typeof raw !== 'object' || raw === null) return undefined;
	const source = raw as Record<string, unknown>;
	const attrs: ContainerAttributes = {};
	if (type === 'orderedList') {
		const start = positiveInteger(source.start, 1_000_000);
		if (start !== undefined && start !== 1) attrs.start = start;
	}
	if (type === 'tableCell' || type === 'tableHeader') {
		const colspan = positiveInteger(source.colspan, 1000);
		const rowspan = positiveInteger(source.rowspan, 1000);
		if (colspan !== undefined && colspan !== 1) attrs.colspan = colspan;
		if (rowspan !== undefined && rowspan !== 1) attrs.rowspan = rowspan;
		const width = source.colwidth;
		if (
			Array.isArray(width) &&
			width.length <= 1000 &&
			width.every((w) => positiveInteger(w, 100_000))
		)
			attrs.colwidth = width as number[];
	}
	return Object.keys(attrs).length > 0 ? attrs : undefined;
}

/** Reads one container from stored data; null when it is not one this version understands. */
function readContainer(raw: unknown): Container | null {
	if (!Array.isArray(raw)) return null;
	const [type, id, attrs] = raw as unknown[];
	if (!CONTAINER_TYPES.includes(type as ContainerType)) return null;
	if (!isBase64UrlToken(id, 1, 64)) return null;
	const cleaned = containerAttributes(type as ContainerType, attrs);
	return { type: type as ContainerType, id, ...(cleaned ? { attrs: cleaned } : {}) };
}

/** Encodes containers as the newline's `wrap` attribute: one string, so equal wraps compare equal. */
export function encodeWrap(wrap: readonly Container[]): string | null {
	if (wrap.length === 0) return null;
	return JSON.stringify(wrap.map((c) => (c.attrs ? [c.type, c.id, c.attrs] : [c.type, c.id])));
}

/** Decodes a `wrap` attribute; anything damaged or unknown reads as no container from there on. */
export function decodeWrap(raw: unknown): Container[] {
	if (typeof raw !== 'string' || raw.length > 100_000) return [];
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return [];
	}
	if (!Array.isArray(parsed)) return [];
	const wrap: Container[] = [];
	for (const entry of parsed.slice(0, MAX_DEPTH)) {
		const container = readContainer(entry);
		if (!container) break;
		wrap.push(container);
	}
	return wrap;
}

/** The line format a newline's attributes describe; whatever is missing or damaged reads as a paragraph. */
export function readLineFormat(attributes: Record<string, unknown> | undefined): LineFormat {
	const wrap = decodeWrap(attributes?.[LINE.wrap]);
	if (attributes?.[LINE.block] === 'heading') {
		const level = attributes[LINE.level];
		return { block: 'heading', level: level === 1 || level === 3 ? level : 2, wrap };
	}
	return { block: 'paragraph', wrap };
}

/** The attributes to store on a line's newline: every key explicit, so no format leaks in or out. */
export function lineAttributes(format: LineFormat): Record<string, unknown> {
	return {
		[LINE.block]: format.block,
		[LINE.level]: format.block === 'heading' ? (format.level ?? 2) : null,
		[LINE.wrap]: encodeWrap(format.wrap),
		[MARK.bold]: null,
		[MARK.italic]: null,
		[MARK.link]: null
	};
}

/** The marks a run of text can carry. */
export interface Marks {
	bold?: boolean;
	italic?: boolean;
	/** Only http(s) and mailto targets; anything else is dropped when read. */
	link?: string;
	/** The comment threads the text is in, by id, sorted; absent when none. */
	comments?: string[];
}

const SAFE_LINK = /^(https?:|mailto:)/i;

/** The marks text attributes describe; unknown attributes and unsafe links are left out. */
export function readMarks(attributes: Record<string, unknown> | undefined): Marks {
	const marks: Marks = {};
	if (!attributes) return marks;
	if (attributes[MARK.bold] === true) marks.bold = true;
	if (attributes[MARK.italic] === true) marks.italic = true;
	const link = attributes[MARK.link];
	if (typeof link === 'string' && link.length <= 2048 && SAFE_LINK.test(link.trim()))
		marks.link = link.trim();
	const comments: string[] = [];
	for (const key in attributes) {
		if (!key.startsWith(COMMENT_MARK) || attributes[key] !== true) continue;
		const id = key.slice(COMMENT_MARK.length);
		if (isWellFormedId(id)) comments.push(id);
	}
	if (comments.length > 0) marks.comments = comments.sort().slice(0, MAX_THREADS_PER_CHARACTER);
	return marks;
}

/** The attributes to store on text: every key explicit, including those of lines set to nothing. */
export function textAttributes(marks: Marks): Record<string, unknown> {
	return {
		[MARK.bold]: marks.bold ? true : null,
		[MARK.italic]: marks.italic ? true : null,
		[MARK.link]: marks.link ?? null,
		...Object.fromEntries((marks.comments ?? []).map((id) => [commentMarkKey(id), true])),
		[LINE.block]: null,
		[LINE.level]: null,
		[LINE.wrap]: null
	};
}
