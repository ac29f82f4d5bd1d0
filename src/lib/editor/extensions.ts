import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { CommentMark } from './comment-mark';
import { normalizeLink } from './safe-links';
import { ContainerIds } from './text-binding/container-ids';

/** The editor's schema and behaviour without collaboration: what a document body can hold. */
export function documentExtensions() {
	return [
		StarterKit.configure({
			// Collaboration brings its own undo, which ignores other people's changes.
			undoRedo: false,
			heading: { levels: [1, 2, 3] },
			code: false,
			codeBlock: false,
			horizontalRule: false,
			strike: false,
			underline: false,
			// It adds a paragraph after a final table or list on every change, including others'
			// changes, so every copy would add its own; the gap cursor reaches past them instead.
			trailingNode: false,
			link: {
				openOnClick: false,
				autolink: true,
				defaultProtocol: 'https',
				isAllowedUri: (url) => normalizeLink(url) !== null
			}
		}),
		TableKit.configure({ table: { resizable: false } }),
		CommentMark,
		ContainerIds
	];
}
