import * as Y from 'yjs';
import { asSource } from '../commitments/values';
import { asIsoDate } from '../dates';
import type { MemberId } from '../ids';
import { cleanText, isMoment } from '../meta';
import { readRecord, unusable } from '../record';
import { LOG_COMMENT, LOG_ENTRY, ROOT } from '../schema';
import {
	LOG_LIMITS,
	LOG_TAGS,
	type LogComment,
	type LogCommentId,
	type LogEntry,
	type LogEntryId
} from './types';
import { asCommitmentLink, asDecisionLink } from './values';

/** The `learningLog` root: one `Y.Map` per entry, keyed by entry id. */
export function learningLogMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
	return doc.getMap(ROOT.learningLog);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function readComment(id: string, entry: unknown): LogComment | null {
	return readRecord('learning-log comment', id, entry, (comment) => {
		const by: unknown = comment.get(LOG_COMMENT.by);
		const at: unknown = comment.get(LOG_COMMENT.at);
		if (typeof by !== 'string') return unusable('it names no member');
		if (!isMoment(at)) return unusable('it has no date');
		const text = cleanText(comment.get(LOG_COMMENT.text), LOG_LIMITS.comment);
		if (text === null) return unusable('it has no text');
		const editedAt: unknown = comment.get(LOG_COMMENT.editedAt);
		return {
			id: id as LogCommentId,
			by: by as MemberId,
			at,
			text,
			editedAt: isMoment(editedAt) ? editedAt : null
		};
	});
}

function readComments(value: unknown): LogComment[] {
	if (!(value instanceof Y.Map)) return [];
	const comments: LogComment[] = [];
	value.forEach((entry, id) => {
		const comment = readComment(id, entry);
		if (comment) comments.push(comment);
	});
	return comments.sort((a, b) => a.at - b.at || byId(a, b));
}

function readTags(value: unknown): LogEntry['tags'] {
	if (!(value instanceof Y.Map)) return [];
	return LOG_TAGS.filter((tag) => value.get(tag) === true);
}

function readEntry(id: string, entry: unknown): LogEntry | null {
	return readRecord('learning-log entry', id, entry, (record) => {
		const text = (key: 'tried' | 'happened' | 'learned') =>
			cleanText(record.get(LOG_ENTRY[key]), LOG_LIMITS.text) ?? '';
		const tried = text('tried');
		const happened = text('happened');
		const learned = text('learned');
		if (!tried && !happened && !learned) return unusable('it says nothing');
		const on = asIsoDate(record.get(LOG_ENTRY.on));
		if (on === null) return unusable('it has no date');
		const by: unknown = record.get(LOG_ENTRY.by);
		const createdAt: unknown = record.get(LOG_ENTRY.createdAt);
		const editedAt: unknown = record.get(LOG_ENTRY.editedAt);
		return {
			id: id as LogEntryId,
			tried,
			happened,
			learned,
			tags: readTags(record.get(LOG_ENTRY.tags)),
			on,
			commitmentId: asCommitmentLink(record.get(LOG_ENTRY.commitmentId)),
			decisionId: asDecisionLink(record.get(LOG_ENTRY.decisionId)),
			passage: asSource(record.get(LOG_ENTRY.passage)),
			shared: record.get(LOG_ENTRY.shared) === true,
			by: typeof by === 'string' && by !== '' ? (by as MemberId) : null,
			createdAt: isMoment(createdAt) ? createdAt : 0,
			editedAt: isMoment(editedAt) ? editedAt : null,
			comments: readComments(record.get(LOG_ENTRY.comments))
		};
	});
}

/** Newest first: by the day it is about, then when it was written, then by id (the same everywhere). */
export function byNewest(a: LogEntry, b: LogEntry): number {
	if (a.on !== b.on) return a.on < b.on ? 1 : -1;
	return b.createdAt - a.createdAt || byId(a, b);
}

/** Every well-formed entry of the learning log, newest first. */
export function listLogEntries(doc: Y.Doc): LogEntry[] {
	const entries: LogEntry[] = [];
	learningLogMap(doc).forEach((value, id) => {
		const entry = readEntry(id, value);
		if (entry) entries.push(entry);
	});
	return entries.sort(byNewest);
}

/** One entry by id, or null. */
export function getLogEntry(doc: Y.Doc, id: string): LogEntry | null {
	return readEntry(id, learningLogMap(doc).get(id));
}

/** Calls `onChange` when any entry or comment of the learning log changes. */
export function observeLearningLog(doc: Y.Doc, onChange: () => void): () => void {
	const log = learningLogMap(doc);
	log.observeDeep(onChange);
	return () => log.unobserveDeep(onChange);
}
