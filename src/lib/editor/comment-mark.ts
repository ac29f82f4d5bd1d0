import { Mark } from '@tiptap/core';
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
