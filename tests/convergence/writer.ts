/** One person's copy of a workspace in a campaign, and the body edits they make in its editor. */
import * as Y from 'yjs';
import {
	waitsForMissingChanges,
	type DocumentId,
	type Line,
	type MemberId
} from '../../src/lib/doc';
import type { Workspace } from '../../src/lib/workspace';
import { describeEdit, editBody, endUnterminatedLine, type BodyEditKind } from './body-edits';
import type { BodyEdit } from './editor-operations';
import { HeadlessEditor } from './headless-editor';
import type { Random } from './random';
import type { Shadow } from './shadow';

/** One person's copy of the workspace, opened on their device, as they use it. */
export interface Writer {
	readonly workspace: Workspace;
	readonly member: MemberId;
	/** The plain-text shadow of this copy's documents, for the intent oracle. */
	readonly shadow: Shadow;
}

let editor: HeadlessEditor | null = null;

/** The app's editor, without a view: one per thread, for every body edit of its scenarios. */
function headlessEditor(): HeadlessEditor {
	editor ??= new HeadlessEditor();
	return editor;
}

/**
 * Makes one body edit of `kind` in a document through the app's editor, keeping the copy's shadow
 * in step, and describes it; `choose` picks the edit instead of chance. Null when nothing changed.
 */
export function applyBodyEdit(
	writer: Writer,
	documentId: DocumentId,
	kind: BodyEditKind,
	random: Random,
	choose?: (lines: readonly Line[]) => BodyEdit | null
): string | null {
	const { workspace, shadow } = writer;
	const { doc } = workspace;
	const body = workspace.documents.body(documentId);
	if (!body) return null;
	// The binding ends a last line left open once nothing it waits for is still to come (see
	// `TextBinding`); until then the person's edits go to other documents.
	if (waitsForMissingChanges(doc) && !body.toString().endsWith('\n') && body.length > 0)
		return null;
	let ended = false;
	doc.transact(() => {
		ended = endUnterminatedLine(body);
		if (ended) shadow.endLine(documentId, body);
	});
	const wasEmpty = body.length === 0;
	const seen = Y.decodeStateVector(Y.encodeStateVector(doc));
	let before = shadow.before(documentId, body);
	const applied = editBody(
		body,
		kind,
		random,
		headlessEditor(),
		(step) => {
			shadow.replay(documentId, step.ops, wasEmpty && step.index === 0, before);
			shadow.pair(documentId, body);
			if (step.index === 0) shadow.record(documentId, step.lineIds, step.splitsOrJoins, seen);
			if (before) before = shadow.before(documentId, body);
		},
		choose
	);
	const done = applied && `${describeEdit(applied.edit)} in ${documentId}`;
	return ended ? `end the last line of ${documentId}${done ? `; ${done}` : ''}` : done;
}
