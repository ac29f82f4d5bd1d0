import { getSchema } from '@tiptap/core';
import { Slice } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { keepKnownThreads } from './comment-mark';
import { documentExtensions } from './extensions';

const schema = getSchema(documentExtensions());
const KNOWN = 'AAAAAAAAAAAAAAAAAAAAAA';
const OTHER = 'BBBBBBBBBBBBBBBBBBBBBB';
const comment = (threadId: string) => ({ type: 'comment', attrs: { threadId } });

describe('pasted comment marks', () => {
	it('keep the threads this workspace holds and drop the others, with every other mark', () => {
		const doc = schema.nodeFromJSON({
			type: 'doc',
			content: [
				{
					type: 'paragraph',
					content: [
						{ type: 'text', text: 'ours', marks: [comment(KNOWN), { type: 'bold' }] },
						{ type: 'text', text: ' theirs', marks: [comment(OTHER), { type: 'italic' }] }
					]
				}
			]
		});
		const slice = new Slice(doc.content, 0, 0);
		const kept = keepKnownThreads(slice, (id) => id === KNOWN);
		const marks = (index: number) =>
			kept.content
				.firstChild!.child(index)
				.marks.map((m) => [m.type.name, m.attrs.threadId ?? null]);
		expect(marks(0)).toEqual([
			['bold', null],
			['comment', KNOWN]
		]);
		expect(marks(1)).toEqual([['italic', null]]);
		expect(kept.content.textBetween(0, kept.content.size)).toBe('ours theirs');
	});
});
