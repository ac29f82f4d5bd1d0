import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	executableInDocx,
	executableInHtml,
	executableInMarkdown
} from '../../../tests/xss/export-checks';
import { XSS_PAYLOADS, marker } from '../../../tests/xss/payloads';
import { ROOT, type IsoDate, type LogEntryInit } from '../doc';
import type { LogTexts } from './log-export';
import { LogRefusedError } from './operations/learning-log';
import { group } from './test-group';

const entry = (over: Partial<LogEntryInit> = {}): LogEntryInit => ({
	tried: 'A shared budget sheet',
	happened: 'Nobody updated it',
	learned: 'One person keeps it',
	tags: ['failure'],
	on: '2026-05-20' as IsoDate,
	shared: false,
	...over
});

const texts: LogTexts = {
	export: {
		workspace: 'Workspace',
		document: 'Document',
		exported: 'Exported',
		version: 'Version',
		draft: 'Draft',
		untitled: 'Untitled'
	},
	labels: {
		day: (e) => e.on,
		tagName: (tag) => tag,
		tags: 'Tags',
		tried: 'What we tried',
		happened: 'What happened',
		learned: 'What we learned',
		writer: (e) => (e.by ? `Written by ${e.by}` : null),
		links: () => [],
		labelled: (label) => `${label}: `,
		nothing: 'No entry is shared outside the group.'
	},
	title: 'Learning log',
	versionLabel: 'Entries shared outside the group',
	scopeLabel: 'Contents'
};

describe('the learning log of a workspace', () => {
	it('keeps an unnamed entry editable only by its writer’s device, which no shared data names', async () => {
		const { first, second, settle, amina } = await group();
		const id = first.learningLog.write(entry(), { named: false });
		await settle();
		const seen = second.learningLog.get(id)!;
		expect(seen).toMatchObject({ by: null, tried: 'A shared budget sheet' });
		expect(first.learningLog.isMine(first.learningLog.get(id)!)).toBe(true);
		expect(second.learningLog.isMine(seen)).toBe(false);
		expect(() => second.learningLog.update(id, { shared: true })).toThrow(LogRefusedError);

		first.learningLog.setShared(id, true);
		await settle();
		expect(second.learningLog.get(id)!.shared).toBe(true);
		// Every item of the entry was written under a client id no record of authors names.
		const { structs } = Y.decodeUpdate(Y.encodeStateAsUpdate(second.doc));
		const entryItems = structs.filter(
			(s) => s instanceof Y.Item && JSON.stringify(s.content.getContent()).includes('budget sheet')
		);
		expect(entryItems.length).toBeGreaterThan(0);
		for (const item of entryItems) {
			expect(item.id.client).not.toBe(first.doc.clientID);
			expect(second.writerOf(item.id.client)).toBeNull();
			expect(first.writerOf(item.id.client)).toBeNull();
		}
		const authors = JSON.stringify(second.doc.getMap(ROOT.authors).toJSON());
		for (const item of entryItems) expect(authors).not.toContain(`${item.id.client}`);
		// What this device remembers lives in its own store only, not in the shared data.
		expect(first.learningLog.ownUnnamed()).toEqual([id]);
		const log = JSON.stringify(second.doc.getMap(ROOT.learningLog).toJSON());
		expect(log).not.toContain(amina.profile().memberId);
		expect(log).not.toContain(String(first.doc.clientID));
	});

	it('takes comments from others, and exports only the entries shared outside the group', async () => {
		const { first, second, settle } = await group();
		const kept = first.learningLog.write(entry({ tried: 'KEPT INSIDE' }), { named: true });
		const shared = first.learningLog.write(entry({ tried: 'SHARED OUTSIDE', shared: true }), {
			named: true
		});
		await settle();
		second.learningLog.comment(kept, 'Thank you for this.');
		expect(() => second.learningLog.comment(kept, '  ')).toThrow(LogRefusedError);
		await settle();
		expect(first.learningLog.get(kept)!.comments.map((c) => c.text)).toEqual([
			'Thank you for this.'
		]);
		const file = await first.learningLog.export('markdown', texts);
		const markdown = await file.blob.text();
		expect(markdown).toContain('SHARED OUTSIDE');
		expect(markdown).not.toContain('KEPT INSIDE');
		expect(markdown).not.toContain('Thank you for this.');
		expect(first.learningLog.get(shared)!.shared).toBe(true);
	});

	it('exports every cross-site-scripting payload in shared entries inert, in each format', async () => {
		const { first } = await group();
		for (const payload of XSS_PAYLOADS)
			first.learningLog.write(
				entry({ tried: `${marker(payload)} ${payload.text}`, learned: payload.text, shared: true }),
				{ named: payload.id % 2 === 0 }
			);
		const markdown = await (await first.learningLog.export('markdown', texts)).blob.text();
		for (const payload of XSS_PAYLOADS) expect(markdown).toContain(marker(payload));
		expect(executableInMarkdown(markdown)).toEqual([]);
		const html = await (await first.learningLog.export('html', texts)).blob.text();
		const page = new JSDOM(html).window.document;
		for (const payload of XSS_PAYLOADS) expect(page.body.textContent).toContain(marker(payload));
		expect(executableInHtml(page)).toEqual([]);
		const docx = await first.learningLog.export('docx', texts);
		expect(executableInDocx(new Uint8Array(await docx.blob.arrayBuffer()))).toEqual([]);
	});
});
