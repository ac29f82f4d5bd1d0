import type { Mark, Node, NodeType, Schema } from '@tiptap/pm/model';
import { HARD_BREAK, type Container, type Line, type Marks } from '../../doc';
import { normalizeLink } from '../safe-links';
import { CONTAINER_ID_ATTRIBUTE } from './flatten';

/**
 * Builds the editor's document from the lines of a body. Every line becomes exactly one block of
 * text holding exactly its characters, so the two stay aligned character for character. Containers
 * that the schema does not allow where the lines put them (a peer's damaged data, or concurrent
 * edits of one table) are left out around their lines rather than refused, so no text is hidden.
 */

/** A node type every schema of the editor has. */
function required(schema: Schema, name: string): NodeType {
	const type = schema.nodes[name];
	if (!type) throw new Error(`The editor's schema has no ${name}`);
	return type;
}

function marksOf(schema: Schema, marks: Marks): Mark[] {
	const result: Mark[] = [];
	if (marks.bold && schema.marks.bold) result.push(schema.marks.bold.create());
	if (marks.italic && schema.marks.italic) result.push(schema.marks.italic.create());
	// A target the editor or an import wrote is shown exactly as stored (`normalizeLink` keeps a
	// normal form as it is), so typing beside it continues the same link; an unsafe one is no link.
	const href = marks.link ? normalizeLink(marks.link) : null;
	if (href && schema.marks.link) result.push(schema.marks.link.create({ href }));
	const comment = schema.marks.comment;
	if (comment)
		for (const threadId of marks.comments ?? []) result.push(comment.create({ threadId }));
	return result;
}

function inlineOf(schema: Schema, line: Line): Node[] {
	const nodes: Node[] = [];
	for (const run of line.runs) {
		const marks = marksOf(schema, run.marks);
		run.text.split(HARD_BREAK).forEach((part, i) => {
			if (i > 0) nodes.push(required(schema, 'hardBreak').create());
			if (part !== '') nodes.push(schema.text(part, marks));
		});
	}
	return nodes;
}

function textBlockOf(schema: Schema, line: Line, asParagraph = false): Node {
	const inline = inlineOf(schema, line);
	if (line.format.block === 'heading' && !asParagraph)
		return required(schema, 'heading').create({ level: line.format.level ?? 2 }, inline);
	return required(schema, 'paragraph').create(null, inline);
}

function containerAttrs(container: Container): Record<string, unknown> {
	const attrs: Record<string, unknown> = { [CONTAINER_ID_ATTRIBUTE]: container.id };
	if (container.attrs?.start !== undefined) attrs.start = container.attrs.start;
	if (container.attrs?.colspan !== undefined) attrs.colspan = container.attrs.colspan;
	if (container.attrs?.rowspan !== undefined) attrs.rowspan = container.attrs.rowspan;
	if (container.attrs?.colwidth !== undefined) attrs.colwidth = container.attrs.colwidth;
	return attrs;
}

function sameContainer(a: Container | undefined, b: Container): boolean {
	return a !== undefined && a.type === b.type && a.id === b.id;
}

/** The nodes for lines at one depth of containers. */
function nodesOf(schema: Schema, lines: readonly Line[], depth: number): Node[] {
	const nodes: Node[] = [];
	let i = 0;
	while (i < lines.length) {
		const line = lines[i] as Line;
		const container = line.format.wrap[depth];
		if (!container) {
			nodes.push(textBlockOf(schema, line));
			i++;
			continue;
		}
		let j = i + 1;
		while (j < lines.length && sameContainer(lines[j]?.format.wrap[depth], container)) j++;
		nodes.push(...containerOf(schema, container, lines.slice(i, j), depth));
		i = j;
	}
	return nodes;
}

function containerOf(schema: Schema, container: Container, lines: Line[], depth: number): Node[] {
	const type = schema.nodes[container.type];
	let children = nodesOf(schema, lines, depth + 1);
	if (type && container.type === 'listItem' && children[0]?.type.name === 'heading') {
		// A list item starts with a paragraph; a heading there keeps its text as a paragraph.
		children = [textBlockOf(schema, lines[0] as Line, true), ...children.slice(1)];
	}
	if (type) {
		try {
			const node = type.create(containerAttrs(container), children);
			node.check();
			return [node];
		} catch {
			// Not allowed here: the lines go on without this container.
		}
	}
	return children;
}

/** The editor document for the lines of a body (one empty paragraph for no lines). */
export function buildDocument(schema: Schema, lines: readonly Line[]): Node {
	const top = schema.topNodeType;
	// A container that only fits inside another (a row, a cell, an item) keeps its text blocks.
	let nodes = nodesOf(schema, lines, 0).flatMap((node) =>
		top.contentMatch.matchType(node.type) ? [node] : textBlocksOf(node)
	);
	if (nodes.length === 0) nodes = [required(schema, 'paragraph').create()];
	return top.create(null, nodes);
}

function textBlocksOf(node: Node): Node[] {
	const blocks: Node[] = [];
	node.descendants((child) => {
		if (child.isTextblock) blocks.push(child);
		return !child.isTextblock;
	});
	return blocks;
}
