/** The rich-text editor bound to a document body, and the commands its toolbar offers. */
export { createEditor, setEditorAttributes, type EditorPresence } from './create-editor';
export { leaveOnEscapeThenTab } from './leave-keys';
export {
	TOOLBAR_ACTIONS,
	applyLink,
	changesToolbar,
	currentLink,
	removeLink
} from './toolbar-actions';
export type { ToolbarAction, ToolbarActionId } from './toolbar-actions';
export { normalizeLink } from './safe-links';
export type { Editor } from '@tiptap/core';
export { markPassages, selectedPassage, type MarkedPassage } from './passages';
export { chooseThread, threadsAtCaret } from './comment-threads';
