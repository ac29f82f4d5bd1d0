import type { Mark, Node } from '@tiptap/pm/model';
import {
	CONTAINER_TYPES,
	HARD_BREAK,
	isWellFormedId,
	MAX_THREADS_PER_CHARACTER,
	lineAttributes,
	textAttributes,
	type Container,
	type ContainerType,
	type LineFormat,
	type Marks
} from '../../doc';

/**
 * An editor document (or part of it) written out as the body's `Y.Text` holds it: one character
 * per unit, and beside each character the full attributes it is stored with. `keys` holds a
 * canonical string for each attribute set so that two units compare in one string comparison.
 */
export interface Flat {
	text: string;
	attributes: Record<string, unknown>[];
	keys: string[];
}

/** The attribute that carries a container's id in the editor's nodes. */
export const CONTAINER_ID_ATTRIBUTE = 'cid';

const CONTAINERS = new Set<string>(CONTAINER_TYPES);

/** Whether a node is one the body stores as a container around lines. */
export function isContainer(node: Node): boolean {
	return CONTAINERS.has(node.type.name);
}

/** Whether a node is a block of text, which the body stores as one line. */
export function isTextBlock(node: Node): boolean {
	return node.isTextblock;
}

function marksOf(marks: readonly Mark[]): Marks {
	const result: Marks = {};
	for (const mark of marks) {
		if (mark.type.name === 'bold') result.bold = true;
		else if (mark.type.name === 'italic') result.italic = true;
		else if (mark.type.name === 'link' && typeof mark.attrs.href === 'string')
			result.link = mark.attrs.href;
		else if (mark.type.name === 'comment' && isWellFormedId(mark.attrs.threadId))
			(result.comments ??= []).push(mark.attrs.threadId);
	}
	// Sorted as the body reads them, so that equal marks flatten to equal attributes, and capped
	// as the body reads them (hostile pasted markup can nest many).
	if (result.comments)
		result.comments = [...new Set(result.comments)].sort().slice(0, MAX_THREADS_PER_CHARACTER);
	return result;
}

function containerOf(node: Node, depth: number): Container {
	const id = node.attrs[CONTAINER_ID_ATTRIBUTE];
	const attrs: Container['attrs'] = {};
	if (node.type.name === 'orderedList' && node.attrs.start !== 1) attrs.start = node.attrs.start;
	if (node.type.name === 'tableCell' || node.type.name === 'tableHeader') {
		if (node.attrs.colspan !== 1) attrs.colspan = node.attrs.colspan;
		if (node.attrs.rowspan !== 1) attrs.rowspan = node.attrs.rowspan;
		if (Array.isArray(node.attrs.colwidth)) attrs.colwidth = node.attrs.colwidth;
	}
	return {
		type: node.type.name as ContainerType,
		// The id plugin gives every container an id before anything is written; a fallback keeps
		// the output a function of the node all the same.
		id: typeof id === 'string' && id !== '' ? id : `d${depth}`,
		...(Object.keys(attrs).length > 0 ? { attrs } : {})
	};
}

function formatOf(node: Node, wrap: Container[]): LineFormat {
	if (node.type.name === 'heading') {
		const level = node.attrs.level;
		return { block: 'heading', level: level === 1 || level === 3 ? level : 2, wrap };
	}
	return { block: 'paragraph', wrap };
}

/** Collects the flat form of nodes; reuses attribute objects so equal sets share one key. */
class FlatWriter {
	readonly text: string[] = [];
	readonly attributes: Record<string, unknown>[] = [];
	readonly keys: string[] = [];
	#cache = new Map<string, Record<string, unknown>>();

	#push(chars: string, attributes: Record<string, unknown>) {
		const key = JSON.stringify(attributes);
		const shared = this.#cache.get(key) ?? attributes;
		this.#cache.set(key, shared);
		this.text.push(chars);
		for (let i = 0; i < chars.length; i++) {
			this.attributes.push(shared);
			this.keys.push(key);
		}
	}

	textBlock(node: Node, wrap: Container[]) {
		node.forEach((child) => {
			if (child.isText) {
				// A newline inside text would end a line in the body; the editor never makes one.
				this.#push(
					(child.text ?? '').replace(/[\n\u2028]/g, ' '),
					textAttributes(marksOf(child.marks))
				);
			} else if (child.type.name === 'hardBreak') {
				this.#push(HARD_BREAK, textAttributes({}));
			} else {
				this.#push('\uFFFC', textAttributes({}));
			}
		});
		this.#push('\n', lineAttributes(formatOf(node, wrap)));
	}

	nodes(parent: Node, wrap: Container[]) {
		parent.forEach((child) => this.node(child, wrap));
	}

	node(node: Node, wrap: Container[]) {
		if (isTextBlock(node)) this.textBlock(node, wrap);
		else if (isContainer(node)) this.nodes(node, [...wrap, containerOf(node, wrap.length)]);
		// Other nodes (none in today's schema) have no text and take no room in the body.
	}

	result(): Flat {
		return { text: this.text.join(''), attributes: this.attributes, keys: this.keys };
	}
}

/** The flat form of top-level nodes of a document, in order. */
export function flattenNodes(nodes: readonly Node[]): Flat {
	const writer = new FlatWriter();
	for (const node of nodes) writer.node(node, []);
	return writer.result();
}

const lengths = new WeakMap<Node, number>();

/** How many characters a node takes in the body; nodes are immutable, so this is cached. */
export function flatLength(node: Node): number {
	if (isTextBlock(node)) return node.content.size + 1;
	if (!isContainer(node) && node.type.name !== 'doc') return 0;
	const cached = lengths.get(node);
	if (cached !== undefined) return cached;
	let length = 0;
	node.forEach((child) => (length += flatLength(child)));
	lengths.set(node, length);
	return length;
}
