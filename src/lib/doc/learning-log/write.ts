import * as Y from 'yjs';
import { asSource } from '../commitments/values';
import { asIsoDate } from '../dates';
import { randomId, type MemberId } from '../ids';
import { cleanText } from '../meta';
import { LOG_COMMENT, LOG_ENTRY } from '../schema';
import { learningLogMap } from './read';
import {
	LOG_LIMITS,
	LOG_TAGS,
	type LogCommentId,
	type LogEntryId,
	type LogEntryInit
} from './types';
import { asCommitmentLink, asDecisionLink, cleanTags } from './values';
import { writeUnnamed } from '../unnamed';

/** An entry's form was refused: which field, and why. */
export class LogInputError extends Error {
	constructor(
		readonly field: 'text' | 'date',
		message: string
	) {
		super(message);
		this.name = 'LogInputError';
	}
}

/** What can change on an entry after it is written (all of it but who wrote it, and its comments). */
export type LogEntryChange = Partial<LogEntryInit>;

/** Who writes a change: a member, shown; or nobody shown (`null`), through a throwaway client id. */
export type LogWriter = { by: MemberId; now: number } | { by: null };

const text = (value: string | undefined) => cleanText(value ?? '', LOG_LIMITS.text);

/** Refuses what an entry cannot keep (nothing said, no day) before anything is written. */
function check(change: LogEntryChange, whole: boolean): void {
	if (whole || 'tried' in change || 'happened' in change || 'learned' in change) {
		if (!text(change.tried) && !text(change.happened) && !text(change.learned))
			throw new LogInputError('text', 'An entry says what was tried, happened or learned.');
	}
	if ((whole || change.on !== undefined) && asIsoDate(change.on) === null)
		throw new LogInputError('date', 'An entry needs its day.');
}

function setOrClear(entry: Y.Map<unknown>, key: string, value: unknown): void {
	if (value === null || value === undefined || value === '' || value === false) {
		if (entry.has(key)) entry.delete(key);
	} else if (JSON.stringify(entry.get(key)) !== JSON.stringify(value)) {
		entry.set(key, value);
	}
}

/** Writes the fields of `change` that differ, each its own key so that edits made apart merge. */
function writeFields(entry: Y.Map<unknown>, change: LogEntryChange): void {
	for (const key of ['tried', 'happened', 'learned'] as const)
		if (change[key] !== undefined) setOrClear(entry, LOG_ENTRY[key], text(change[key]));
	if (change.on !== undefined) setOrClear(entry, LOG_ENTRY.on, asIsoDate(change.on));
	if (change.tags !== undefined) {
		const tags = entry.get(LOG_ENTRY.tags);
		if (tags instanceof Y.Map) {
			const wanted = cleanTags(change.tags);
			for (const tag of LOG_TAGS) {
				if (wanted.includes(tag) && tags.get(tag) !== true) tags.set(tag, true);
				else if (!wanted.includes(tag) && tags.has(tag)) tags.delete(tag);
			}
		}
	}
	if (change.commitmentId !== undefined)
		setOrClear(entry, LOG_ENTRY.commitmentId, asCommitmentLink(change.commitmentId));
	if (change.decisionId !== undefined)
		setOrClear(entry, LOG_ENTRY.decisionId, asDecisionLink(change.decisionId));
	if (change.passage !== undefined) {
		const passage = asSource(change.passage);
		if (passage === null) setOrClear(entry, LOG_ENTRY.passage, null);
		else entry.set(LOG_ENTRY.passage, { ...passage });
	}
	if (change.shared !== undefined) setOrClear(entry, LOG_ENTRY.shared, change.shared === true);
}

/** Runs `write` on the doc the writer writes in: `doc` itself, or a throwaway copy for nobody shown. */
function writeAs(doc: Y.Doc, writer: LogWriter, write: (doc: Y.Doc) => void): void {
	if (writer.by === null) writeUnnamed(doc, write);
	else doc.transact(() => write(doc));
}

/**
 * Writes an entry and returns its id; throws `LogInputError` for a refused form. An entry
 * written by nobody shown (`by: null`) keeps no member id, no time of its own, and is written
 * under a throwaway client id (`writeUnnamed`).
 */
export function createLogEntry(doc: Y.Doc, init: LogEntryInit, writer: LogWriter): LogEntryId {
	check(init, true);
	const id = randomId() as LogEntryId;
	writeAs(doc, writer, (target) => {
		const entry = new Y.Map<unknown>();
		learningLogMap(target).set(id, entry);
		// Made with the entry, never later on two copies at once.
		entry.set(LOG_ENTRY.tags, new Y.Map<unknown>());
		entry.set(LOG_ENTRY.comments, new Y.Map<unknown>());
		writeFields(entry, init);
		if (writer.by !== null) {
			entry.set(LOG_ENTRY.by, writer.by);
			entry.set(LOG_ENTRY.createdAt, writer.now);
		}
	});
	return id;
}

function entryIn(doc: Y.Doc, id: LogEntryId): Y.Map<unknown> | null {
	const entry = learningLogMap(doc).get(id);
	return entry instanceof Y.Map ? entry : null;
}

/**
 * Changes an entry's fields, as `writer` (nobody shown for an unnamed entry); false when there is
 * no such entry. Who may is the workspace's to say.
 */
export function updateLogEntry(
	doc: Y.Doc,
	id: LogEntryId,
	change: LogEntryChange,
	writer: LogWriter
): boolean {
	const current = entryIn(doc, id);
	if (!current) return false;
	const said = (key: 'tried' | 'happened' | 'learned') =>
		change[key] ?? (current.get(LOG_ENTRY[key]) as string | undefined);
	check(
		{ ...change, tried: said('tried'), happened: said('happened'), learned: said('learned') },
		false
	);
	writeAs(doc, writer, (target) => {
		const entry = entryIn(target, id);
		if (!entry) return;
		writeFields(entry, change);
		if (writer.by !== null) entry.set(LOG_ENTRY.editedAt, writer.now);
	});
	return true;
}

/** Removes an entry and its comments, as `writer`; false when there is no such entry. */
export function deleteLogEntry(doc: Y.Doc, id: LogEntryId, writer: LogWriter): boolean {
	if (!entryIn(doc, id)) return false;
	writeAs(doc, writer, (target) => learningLogMap(target).delete(id));
	return true;
}

/**
 * Adds `by`'s comment to an entry and returns its id, or null when the entry is missing or the
 * text is empty. Each comment is a key of its own, so comments written apart all survive.
 */
export function addLogComment(
	doc: Y.Doc,
	id: LogEntryId,
	comment: { text: string; by: MemberId; now: number }
): LogCommentId | null {
	const comments = entryIn(doc, id)?.get(LOG_ENTRY.comments);
	const clean = cleanText(comment.text, LOG_LIMITS.comment);
	if (!(comments instanceof Y.Map) || clean === null) return null;
	const commentId = randomId() as LogCommentId;
	doc.transact(() => {
		const entry = new Y.Map<unknown>();
		comments.set(commentId, entry);
		entry.set(LOG_COMMENT.by, comment.by);
		entry.set(LOG_COMMENT.at, comment.now);
		entry.set(LOG_COMMENT.text, clean);
	});
	return commentId;
}

/** Rewrites a comment's text; false when it is missing or the text is empty. */
export function editLogComment(
	doc: Y.Doc,
	id: LogEntryId,
	commentId: LogCommentId,
	change: { text: string; now: number }
): boolean {
	const comments = entryIn(doc, id)?.get(LOG_ENTRY.comments);
	const comment = comments instanceof Y.Map ? comments.get(commentId) : undefined;
	const clean = cleanText(change.text, LOG_LIMITS.comment);
	if (!(comment instanceof Y.Map) || clean === null) return false;
	doc.transact(() => {
		comment.set(LOG_COMMENT.text, clean);
		comment.set(LOG_COMMENT.editedAt, change.now);
	});
	return true;
}
