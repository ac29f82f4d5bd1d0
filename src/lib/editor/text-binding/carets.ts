import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Awareness } from 'y-protocols/awareness';
import { throttle } from 'throttle-debounce';
import * as Y from 'yjs';
import { offsetToPosition, positionToOffset } from './positions';
import type { TextBinding } from './text-binding';
import { readPendingInput } from './text-collaboration';

/** How others' carets look: drawn by the caller, from presence read defensively. */
export interface CaretOptions {
	awareness: Awareness;
	/** The element for someone's caret, or null when their presence cannot be shown. */
	render(user: unknown): HTMLElement | null;
	/** The colour of someone's selection, as `#rrggbb`. */
	colour(user: unknown): string;
	/** The most carets drawn at once; a peer may claim any number of copies. */
	max: number;
}

const key = new PluginKey<DecorationSet>('concordCarets');

/** The presence field that carries a caret: relative positions in the body, as Yjs encodes them. */
export const CURSOR_FIELD = 'cursor';

function absolute(binding: TextBinding, json: unknown): number | null {
	if (typeof json !== 'object' || json === null) return null;
	try {
		const relative = Y.createRelativePositionFromJSON(json);
		const doc = binding.text.doc;
		const position = doc ? Y.createAbsolutePositionFromRelativePosition(relative, doc) : null;
		return position && position.type === binding.text ? position.index : null;
	} catch {
		return null;
	}
}

function decorations(
	state: EditorState,
	binding: TextBinding,
	options: CaretOptions
): DecorationSet {
	const found: Decoration[] = [];
	let drawn = 0;
	for (const [client, presence] of options.awareness.getStates()) {
		if (client === options.awareness.clientID || drawn >= options.max) continue;
		const { cursor, user } = (presence ?? {}) as {
			cursor?: { anchor?: unknown; head?: unknown };
			user?: unknown;
		};
		if (!cursor) continue;
		const anchor = absolute(binding, cursor.anchor);
		const head = absolute(binding, cursor.head);
		if (anchor === null || head === null) continue;
		const element = options.render(user);
		if (!element) continue;
		drawn++;
		const to = offsetToPosition(state.doc, head);
		const from = offsetToPosition(state.doc, anchor);
		found.push(Decoration.widget(to, () => element, { key: `caret-${client}`, side: 10 }));
		if (from !== to) {
			found.push(
				Decoration.inline(Math.min(from, to), Math.max(from, to), {
					style: `background-color: ${options.colour(user)}33`,
					class: 'collaboration-carets__selection'
				})
			);
		}
	}
	return DecorationSet.create(state.doc, found);
}

/** How often, at most, this person's moving caret is sent to the room; the last move always is. */
const CARET_SEND_MS = 200;

/** This person's caret as presence carries it: Yjs relative positions, as JSON. */
type Cursor = { anchor: unknown; head: unknown };

/** Where this person's caret is, read as it moves (while the editor has focus). */
function cursorOf(view: EditorView, binding: TextBinding): Cursor | null {
	if (!view.hasFocus()) return null;
	const { anchor, head } = view.state.selection;
	const relative = (pos: number) =>
		Y.relativePositionToJSON(
			Y.createRelativePositionFromTypeIndex(binding.text, positionToOffset(view.state.doc, pos), -1)
		);
	return { anchor: relative(anchor), head: relative(head) };
}

/** Others' carets and selections in the text, and this person's caret shared through presence. */
export function caretsPlugin(binding: TextBinding, options: CaretOptions): Plugin<DecorationSet> {
	return new Plugin<DecorationSet>({
		key,
		state: {
			init: (_, state) => decorations(state, binding, options),
			apply: (tr, set, _old, state) =>
				tr.getMeta(key) || tr.docChanged ? decorations(state, binding, options) : set
		},
		props: { decorations: (state) => key.getState(state) },
		view: (view) => {
			// Every keystroke would otherwise be a presence message to each peer, passed on by each.
			// The caret is read as it moves, so the last place is sent even once focus has left.
			let latest: Cursor | null = null;
			const send = throttle(CARET_SEND_MS, () => {
				if (latest) options.awareness.setLocalStateField(CURSOR_FIELD, latest);
			});
			// However many carets move, they are drawn again once a frame.
			let redraw = 0;
			const onChange = ({
				added,
				updated,
				removed
			}: {
				added: number[];
				updated: number[];
				removed: number[];
			}) => {
				const others = [...added, ...updated, ...removed].some(
					(c) => c !== options.awareness.clientID
				);
				if (!others || redraw) return;
				redraw = requestAnimationFrame(() => {
					redraw = 0;
					if (view.isDestroyed) return;
					readPendingInput(view);
					view.dispatch(view.state.tr.setMeta(key, true));
				});
			};
			options.awareness.on('change', onChange);
			return {
				update: (_view, previous) => {
					if (previous.selection.eq(view.state.selection) && previous.doc === view.state.doc)
						return;
					const cursor = cursorOf(view, binding);
					if (!cursor) return;
					latest = cursor;
					send();
				},
				destroy: () => {
					send.cancel();
					cancelAnimationFrame(redraw);
					options.awareness.off('change', onChange);
					options.awareness.setLocalStateField(CURSOR_FIELD, null);
				}
			};
		}
	});
}
