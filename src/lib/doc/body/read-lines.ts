import * as Y from 'yjs';
import { readLineFormat, readMarks, type LineFormat, type Marks } from './line-format';

/** A run of a line's text with its marks and, when comparing two states, how it changed. */
export interface LineRun {
	text: string;
	marks: Marks;
	/** Only when comparing: inserted or deleted between the two states, and by which Yjs client. */
	change?: { type: 'inserted' | 'deleted'; client: number };
}

/** One line of a body: the runs of its text (line breaks as U+2028) and its format. */
export interface Line {
	runs: LineRun[];
	format: LineFormat;
	/** Only when comparing: the line's end was inserted or deleted (a block split or joined). */
	change?: LineRun['change'];
	/** The last line of damaged data, or of a concurrent deletion of the last line end, has none. */
	unterminated?: true;
}

/**
 * Which state of a body to read: the state at a snapshot and, when comparing, the earlier state
 * `since`, whose differences are marked on the runs. Without a view, the current state is read.
 */
export interface BodyView {
	at: Y.Snapshot;
	since?: Y.Snapshot;
}

type DeltaOp = { insert?: unknown; attributes?: Record<string, unknown> };

/** An object that is not text (an embed a newer version or a hostile peer wrote) reads as this. */
export const UNKNOWN_EMBED = '\uFFFC';

function changeOf(attributes: Record<string, unknown> | undefined): LineRun['change'] {
	const change = attributes?.ychange as { type?: unknown; user?: unknown } | undefined;
	if (!change) return undefined;
	return {
		type: change.type === 'removed' ? 'deleted' : 'inserted',
		client: typeof change.user === 'number' ? change.user : 0
	};
}

/** The delta of a body in a view; the reading is one transaction so Yjs splits items only once. */
export function deltaOf(text: Y.Text, view?: BodyView): DeltaOp[] {
	if (!view) return text.toDelta() as DeltaOp[];
	const mark = (type: 'added' | 'removed', id: Y.ID) => ({ type, user: id.client });
	let delta: DeltaOp[] = [];
	const read = () =>
		(delta = text.toDelta(view.at, view.since, view.since ? mark : undefined) as DeltaOp[]);
	if (text.doc) text.doc.transact(read, 'cleanup');
	else read();
	return delta;
}

/**
 * The lines of a body. Text after the last newline (which only damaged data or a concurrent
 * deletion of the last line end leaves) reads as one more paragraph, so no text is ever hidden.
 */
export function readLines(text: Y.Text, view?: BodyView): Line[] {
	return linesOfDelta(deltaOf(text, view));
}

/** The lines a delta describes (see `readLines`). */
export function linesOfDelta(delta: readonly DeltaOp[]): Line[] {
	const lines: Line[] = [];
	let runs: LineRun[] = [];
	const push = (value: string, attributes: Record<string, unknown> | undefined) => {
		if (value === '') return;
		const change = changeOf(attributes);
		runs.push({ text: value, marks: readMarks(attributes), ...(change ? { change } : {}) });
	};
	for (const op of delta) {
		if (typeof op.insert !== 'string') {
			if (op.insert !== undefined) push(UNKNOWN_EMBED, op.attributes);
			continue;
		}
		const parts = op.insert.split('\n');
		parts.forEach((part, i) => {
			push(part, op.attributes);
			if (i === parts.length - 1) return;
			const change = changeOf(op.attributes);
			lines.push({ runs, format: readLineFormat(op.attributes), ...(change ? { change } : {}) });
			runs = [];
		});
	}
	if (runs.length > 0)
		lines.push({ runs, format: { block: 'paragraph', wrap: [] }, unterminated: true });
	return lines;
}

/** The text of a body with one line per block, for searching, summaries and tests. */
export function plainTextOf(text: Y.Text): string {
	const value = text.toString();
	return value.endsWith('\n') ? value.slice(0, -1) : value;
}
