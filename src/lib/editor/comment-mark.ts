import { Mark } from '@tiptap/core';
import { Fragment, Slice, type Mark as PmMark, type Node as PmNode } from '@tiptap/pm/model';
import { isWellFormedId } from '../doc';

/** The HTML attribute that carries a comment thread's id on its passage. */
export const COMMENT_THREAD_ATTRIBUTE = 'data-comment-thread';

/**
 * The mark of a passage that a comment thread is on, one per thread: marks of several threads
 * overlap, and each coexists with every other mark. It does not grow with text typed at its end,
 * and it travels with the text when it is cut and pasted.
 */
export const CommentMark = Mark.create({
	name: 'comment',
	excludes: '',
	inclusive: false,
	spanning: true,

	addAttributes() {
		return {
			threadId: {
				default: null,
				parseHTML: (element) => element.getAttribute(COMMENT_THREAD_ATTRIBUTE),
				renderHTML: (attributes) => ({ [COMMENT_THREAD_ATTRIBUTE]: attributes.threadId })
			}
		};
	},

	parseHTML() {
		return [
			{
				tag: `span[${COMMENT_THREAD_ATTRIBUTE}]`,
				getAttrs: (element) =>
					isWellFormedId(element.getAttribute(COMMENT_THREAD_ATTRIBUTE)) ? null : false
			}
		];
	},

	renderHTML({ HTMLAttributes }) {
		return ['span', { ...HTMLAttributes, class: 'comment-mark' }, 0];
	}
});

function withoutMarks(fragment: Fragment, keep: (mark: PmMark) => boolean): Fragment {
	const nodes: PmNode[] = [];
	fragment.forEach((node) => {
		nodes.push(
			node.isText ? node.mark(node.marks.filter(keep)) : node.copy(withoutMarks(node.content, keep))
		);
	});
	return Fragment.fromArray(nodes);
}

/**
 * A pasted slice without the marks of comment threads `known` does not hold (text copied from
 * another workspace, or a thread's record that never arrived): they would be marked for nothing.
 */
export function keepKnownThreads(slice: Slice, known: (threadId: string) => boolean): Slice {
	const keep = (mark: PmMark) => mark.type.name !== 'comment' || known(String(mark.attrs.threadId));
	return new Slice(withoutMarks(slice.content, keep), slice.openStart, slice.openEnd);
}
