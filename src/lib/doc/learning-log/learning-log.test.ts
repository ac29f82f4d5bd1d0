import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Authorship } from '../authors';
import type { IsoDate } from '../dates';
import type { MemberId } from '../ids';
import { LOG_COMMENT, LOG_ENTRY, ROOT, createWorkspaceDoc } from '../schema';
import {
	addLogComment,
	createLogEntry,
	deleteLogEntry,
	getLogEntry,
	learningLogMap,
	listLogEntries,
	LogInputError,
	updateLogEntry,
	type LogEntryInit
} from '.';

const amina = 'member-amina-0000001' as MemberId;
const ben = 'member-ben-000000001' as MemberId;

const init = (over: Partial<LogEntryInit> = {}): LogEntryInit => ({
	tried: 'We ran the survey by SMS',
	happened: 'Few answered',
	learned: 'Ask in person first',
	tags: ['failure', 'lesson'],
	on: '2027-03-01' as IsoDate,
	shared: false,
	...over
});

/** A workspace copy whose record of authors already names Amina for this copy's client id. */
function claimedCopy() {
	const doc = createWorkspaceDoc();
	const authorship = new Authorship(doc, (run) => run());
	doc.getMap(ROOT.meta).set('name', 'Water committee');
	authorship.claimLocalChanges(amina);
	doc.getMap(ROOT.meta).set('name', 'Water committee 2');
	return { doc, authorship };
}

/** Every item the update holds that a client not in `before` wrote. */
function itemsWrittenSince(doc: Y.Doc, before: Map<number, number>) {
	const { structs } = Y.decodeUpdate(Y.encodeStateAsUpdate(doc));
	return structs.filter((s) => s.id.clock >= (before.get(s.id.client) ?? 0));
}

const sync = (a: Y.Doc, b: Y.Doc) => {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe('learning-log entries', () => {
	it('are written with their texts, tags, day and links, listed newest first, and take comments', () => {
		const doc = createWorkspaceDoc();
		const older = createLogEntry(doc, init({ on: '2026-11-02' as IsoDate }), {
			by: amina,
			now: 5
		});
		const newer = createLogEntry(
			doc,
			init({ tags: ['success', 'success' as never], shared: true, commitmentId: null }),
			{ by: ben, now: 9 }
		);
		expect(listLogEntries(doc).map((e) => e.id)).toEqual([newer, older]);
		expect(getLogEntry(doc, newer)).toMatchObject({
			tried: 'We ran the survey by SMS',
			tags: ['success'],
			shared: true,
			by: ben,
			createdAt: 9,
			comments: []
		});
		const comment = addLogComment(doc, newer, {
			text: ' Same for us.\n\n\n\nTwice. ',
			by: amina,
			now: 11
		});
		expect(getLogEntry(doc, newer)!.comments).toEqual([
			{ id: comment, by: amina, at: 11, text: 'Same for us.\n\nTwice.', editedAt: null }
		]);
		expect(addLogComment(doc, newer, { text: '   ', by: amina, now: 12 })).toBeNull();
		updateLogEntry(doc, older, { tags: ['challenge'], shared: true }, { by: amina, now: 20 });
		expect(getLogEntry(doc, older)).toMatchObject({
			tags: ['challenge'],
			shared: true,
			editedAt: 20
		});
		deleteLogEntry(doc, older, { by: amina, now: 21 });
		expect(listLogEntries(doc).map((e) => e.id)).toEqual([newer]);
	});

	it('refuse an entry that says nothing or has no day, before anything is written', () => {
		const doc = createWorkspaceDoc();
		expect(() =>
			createLogEntry(doc, init({ tried: ' ', happened: '', learned: '\u200b' }), { by: null })
		).toThrow(LogInputError);
		expect(() =>
			createLogEntry(doc, init({ on: '2027-02-30' as IsoDate }), { by: amina, now: 1 })
		).toThrow(LogInputError);
		const id = createLogEntry(doc, init(), { by: amina, now: 1 });
		expect(() =>
			updateLogEntry(doc, id, { tried: '', happened: '', learned: '' }, { by: amina, now: 2 })
		).toThrow(LogInputError);
		// Clearing one text is fine while another says something.
		updateLogEntry(doc, id, { tried: '' }, { by: amina, now: 2 });
		expect(getLogEntry(doc, id)!.tried).toBe('');
		expect(learningLogMap(doc).size).toBe(1);
	});

	it('written without a name hold neither the member id nor this copy’s client id, and no record of authors claims them', () => {
		const { doc, authorship } = claimedCopy();
		const ownClock = Y.getState(doc.store, doc.clientID);
		const authorsBefore = JSON.stringify(doc.getMap(ROOT.authors).toJSON());
		const before = Y.decodeStateVector(Y.encodeStateVector(doc));
		const id = createLogEntry(doc, init({ tried: `Tried by ${amina}?` }), { by: null });
		updateLogEntry(doc, id, { learned: 'Ask twice', tags: ['lesson'], shared: true }, { by: null });

		const entry = getLogEntry(doc, id)!;
		expect(entry).toMatchObject({
			by: null,
			createdAt: 0,
			editedAt: null,
			shared: true,
			learned: 'Ask twice'
		});
		expect(learningLogMap(doc).get(id)!.has(LOG_ENTRY.by)).toBe(false);
		// This copy wrote nothing itself, and its record of authors did not move.
		expect(Y.getState(doc.store, doc.clientID)).toBe(ownClock);
		expect(JSON.stringify(doc.getMap(ROOT.authors).toJSON())).toBe(authorsBefore);

		const written = itemsWrittenSince(doc, before);
		expect(written.length).toBeGreaterThan(0);
		const writers = new Set(written.map((s) => s.id.client));
		// Each write used a client id of its own, never this copy's, and never a known one.
		expect(writers.size).toBe(2);
		expect(writers.has(doc.clientID)).toBe(false);
		for (const client of writers) {
			expect(before.has(client)).toBe(false);
			expect(authorship.authorOfClient(client)).toBeNull();
		}
		// No item of the entry names a member, save the text the writer typed themselves.
		const contents = written.map((s) =>
			s instanceof Y.Item ? JSON.stringify(s.content.getContent()) : ''
		);
		expect(contents.filter((c) => c.includes(amina))).toEqual([
			JSON.stringify([`Tried by ${amina}?`])
		]);
		const authors = JSON.stringify(doc.getMap(ROOT.authors).toJSON());
		for (const client of writers) expect(authors).not.toContain(String(client));
	});

	it('written apart on two copies, named or not, and edited and commented on concurrently, converge', () => {
		const a = createWorkspaceDoc();
		const b = createWorkspaceDoc();
		const one = createLogEntry(a, init(), { by: null });
		sync(a, b);
		updateLogEntry(a, one, { tags: ['failure', 'challenge'] }, { by: null });
		updateLogEntry(b, one, { tags: ['lesson', 'success'], shared: true }, { by: null });
		addLogComment(b, one, { text: 'Thank you for writing this.', by: ben, now: 3 });
		addLogComment(a, one, { text: 'We saw the same.', by: amina, now: 4 });
		createLogEntry(b, init({ learned: 'Named' }), { by: ben, now: 5 });
		sync(a, b);
		expect(listLogEntries(a)).toEqual(listLogEntries(b));
		const entry = getLogEntry(a, one)!;
		// Each tag set or cleared apart survives: a added challenge and cleared lesson, b cleared failure.
		expect(entry.tags).toEqual(['challenge', 'success']);
		expect(entry.shared).toBe(true);
		expect(entry.comments.map((c) => c.text)).toEqual([
			'Thank you for writing this.',
			'We saw the same.'
		]);
	});

	it('sent malformed by a peer are ignored or degraded with a warning, never thrown', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const doc = createWorkspaceDoc();
		const log = learningLogMap(doc) as Y.Map<unknown>;
		const hostile = new Y.Map<unknown>();
		const comments = new Y.Map<unknown>();
		const goodComment = new Y.Map<unknown>();
		doc.transact(() => {
			log.set('hostilehostilehostil1', hostile);
			hostile.set(LOG_ENTRY.tried, '<img src=x onerror=alert(1)>');
			hostile.set(LOG_ENTRY.happened, 'x'.repeat(1_000_000));
			hostile.set(LOG_ENTRY.learned, 42);
			hostile.set(LOG_ENTRY.on, '2027-03-01');
			hostile.set(
				LOG_ENTRY.tags,
				new Y.Map<unknown>([
					['failure', true],
					['<script>', true],
					['lesson', 'yes']
				])
			);
			hostile.set(LOG_ENTRY.commitmentId, '../../etc');
			hostile.set(LOG_ENTRY.decisionId, { id: 1 });
			hostile.set(LOG_ENTRY.passage, { documentId: 42 });
			hostile.set(LOG_ENTRY.shared, 'true');
			hostile.set(LOG_ENTRY.by, 7);
			hostile.set(LOG_ENTRY.createdAt, Number.NaN);
			hostile.set(LOG_ENTRY.comments, comments);
			comments.set('badbadbadbadbadbadbad1', 'not a map');
			comments.set(
				'nonononononononotext1',
				new Y.Map<unknown>([
					[LOG_COMMENT.by, ben],
					[LOG_COMMENT.at, 3]
				])
			);
			comments.set('goodgoodgoodgoodgood1', goodComment);
			goodComment.set(LOG_COMMENT.by, ben);
			goodComment.set(LOG_COMMENT.at, 3);
			goodComment.set(LOG_COMMENT.text, '"><svg onload=alert(1)>');
			log.set('notamapnotamapnotama1', 'text');
			log.set('saysnothingsaysnothi1', new Y.Map<unknown>([[LOG_ENTRY.on, '2027-03-01']]));
			log.set(
				'nodaynodaynodaynoday1',
				new Y.Map<unknown>([
					[LOG_ENTRY.tried, 'x'],
					[LOG_ENTRY.on, 'soon']
				])
			);
		});
		const [read, ...others] = listLogEntries(doc);
		expect(others).toEqual([]);
		expect(read).toMatchObject({
			id: 'hostilehostilehostil1',
			tried: '<img src=x onerror=alert(1)>',
			learned: '',
			tags: ['failure'],
			commitmentId: null,
			decisionId: null,
			passage: null,
			shared: false,
			by: null,
			createdAt: 0
		});
		expect(read!.happened).toHaveLength(4000);
		expect(read!.comments.map((c) => c.text)).toEqual(['"><svg onload=alert(1)>']);
		expect(warn).toHaveBeenCalled();
		expect(
			updateLogEntry(doc, 'nosuchnosuchnosuchno1' as never, { tried: 'x' }, { by: null })
		).toBe(false);
		warn.mockRestore();
	});

	it('whose tags and comments a peer replaced with something else still read, and take no write that would throw', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const doc = createWorkspaceDoc();
		const id = createLogEntry(doc, init(), { by: amina, now: 1 });
		const peer = createWorkspaceDoc();
		sync(doc, peer);
		const entry = learningLogMap(peer).get(id)!;
		entry.set(LOG_ENTRY.tags, ['failure', 'lesson']);
		entry.set(LOG_ENTRY.comments, 'none');
		sync(doc, peer);
		expect(getLogEntry(doc, id)).toMatchObject({ tags: [], comments: [] });
		expect(addLogComment(doc, id, { text: 'Hello', by: ben, now: 2 })).toBeNull();
		expect(updateLogEntry(doc, id, { tags: ['success'] }, { by: amina, now: 3 })).toBe(true);
		expect(getLogEntry(doc, id)!.tags).toEqual([]);
		warn.mockRestore();
	});
});
