// @vitest-environment jsdom
import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	appendBlockLines,
	readLines,
	bulletList,
	heading,
	paragraph,
	quote,
	table
} from '../../doc';
import { documentExtensions } from '../extensions';
import { buildDocument } from './build';
import { flatLength, flattenNodes } from './flatten';
import { offsetToPosition, positionToOffset } from './positions';

const schema = getSchema(documentExtensions());

function sample() {
	const doc = new Y.Doc();
	const text = doc.getText('body');
	appendBlockLines(text, [
		heading(1, 'Title'),
		paragraph('One ', { text: 'two', bold: true }),
		bulletList(['a'], ['bb'], []),
		quote('quoted'),
		table({ header: true, cells: [['h1'], ['h2']] }, { cells: [['c1'], []] }),
		paragraph()
	]);
	return { text, node: buildDocument(schema, readLines(text)) };
}

describe('editor positions and body offsets', () => {
	it('build a document whose flat form is the stored text, character for character', () => {
		const { text, node } = sample();
		const children: (typeof node)[] = [];
		node.forEach((child) => children.push(child));
		expect(flattenNodes(children).text).toBe(text.toString());
		expect(flatLength(node)).toBe(text.length);
	});

	it('map every position inside text to its offset and back', () => {
		const { node } = sample();
		let checked = 0;
		node.descendants((child, pos) => {
			if (!child.isTextblock) return true;
			for (let at = pos + 1; at <= pos + 1 + child.content.size; at++) {
				expect(offsetToPosition(node, positionToOffset(node, at))).toBe(at);
				checked++;
			}
			return false;
		});
		expect(checked).toBeGreaterThan(30);
	});

	it('map every offset to a position inside text, and offsets past the end to the last line', () => {
		const { text, node } = sample();
		for (let offset = 0; offset < text.length; offset++) {
			const pos = offsetToPosition(node, offset);
			expect(node.resolve(pos).parent.isTextblock).toBe(true);
			expect(positionToOffset(node, pos)).toBe(offset);
		}
		expect(offsetToPosition(node, text.length + 5)).toBe(node.content.size - 1);
	});
});
