import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
	executableInDocx,
	executableInHtml,
	executableInMarkdown
} from '../../../tests/xss/export-checks';
import { XSS_PAYLOADS, marker } from '../../../tests/xss/payloads';
import { documentBody, replyToThread, setThreadResolved, startThread } from '../doc';
import { testWorkspace } from '../doc/commitments/test-workspace';
import type { CommentExportLabels } from '../export/read-model/comments-appendix';
import { exportDocumentFile } from './document-export';

const TEXTS = {
	workspace: 'Workspace',
	document: 'Document',
	exported: 'Exported',
	version: 'Version',
	draft: 'Draft',
	untitled: 'Untitled'
};

/** The charter with a thread on "reports on its pilot" (resolved, with a reply) and one on deleted text. */
function commented(messages: string[] = ['Which pilot?']) {
	const w = testWorkspace();
	const body = documentBody(w.doc, w.charter)!;
	const from = body.toString().indexOf('reports');
	const thread = startThread(w.doc, {
		documentId: w.charter,
		from,
		to: from + 'reports on its pilot'.length,
		quote: 'reports on its pilot',
		text: messages[0]!,
		by: w.ana,
		now: Date.UTC(2026, 0, 5)
	})!;
	for (const text of messages.slice(1)) replyToThread(w.doc, thread, { text, by: w.ben, now: 2 });
	replyToThread(w.doc, thread, { text: 'The water one.', by: w.ben, now: Date.UTC(2026, 0, 6) });
	setThreadResolved(w.doc, thread, true, { by: w.ana, now: Date.UTC(2026, 0, 7) });
	const gone = body.toString().indexOf('every quarter');
	startThread(w.doc, {
		documentId: w.charter,
		from: gone,
		to: gone + 'every quarter'.length,
		quote: 'every quarter',
		text: 'Too rare.',
		by: w.ben,
		now: Date.UTC(2026, 0, 8)
	});
	body.delete(gone, 'every quarter'.length);
	const names = new Map([
		[w.ana, 'Ana'],
		[w.ben, 'Ben']
	]);
	const labels: CommentExportLabels = {
		heading: 'Comments',
		onPassage: (quote) => `On “${quote}”`,
		onDeleted: (quote) => `On deleted text: “${quote}”`,
		onAmendment: (quote) => `On the amendment of “${quote}”`,
		resolved: (name, date) => `Resolved by ${name}, ${date}`,
		deleted: 'Message deleted',
		person: (id) => names.get(id) ?? 'Someone',
		date: (at) => new Date(at).toISOString().slice(0, 10)
	};
	return { ...w, labels };
}

const bytes = async (file: { blob: Blob }) => new Uint8Array(await file.blob.arrayBuffer());

describe('a draft exported with its comments', () => {
	it('lists every thread after the text in Markdown, in the order of its passages', async () => {
		const { doc, charter, labels } = commented();
		const plain = strFromU8(await bytes(await exportDocumentFile(doc, charter, 'markdown', TEXTS)));
		expect(plain).not.toContain('Which pilot?');
		const file = await exportDocumentFile(doc, charter, 'markdown', TEXTS, undefined, labels);
		const markdown = strFromU8(await bytes(file));
		const appendix = markdown.slice(markdown.indexOf('## Comments'));
		expect(appendix).toContain('### On “reports on its pilot”');
		expect(appendix).toContain('Resolved by Ana, 2026-01-07');
		expect(appendix).toContain('**Ana (2026-01-05):** Which pilot?');
		expect(appendix).toContain('**Ben (2026-01-06):** The water one.');
		expect(appendix.indexOf('reports on its pilot')).toBeLessThan(
			appendix.indexOf('On deleted text: “every quarter”')
		);
	});

	it('carries threads as Word comments on their passages, and those on deleted text after it', async () => {
		const { doc, charter, labels } = commented();
		const file = await exportDocumentFile(doc, charter, 'docx', TEXTS, undefined, labels);
		const files = unzipSync(await bytes(file));
		const comments = strFromU8(files['word/comments.xml']!);
		expect(comments).toContain('Which pilot?');
		expect(comments).toContain('The water one.');
		expect(comments).not.toContain('Too rare.');
		const body = strFromU8(files['word/document.xml']!);
		const start = body.indexOf('<w:commentRangeStart');
		const end = body.indexOf('<w:commentRangeEnd');
		expect(start).toBeGreaterThan(0);
		expect(body.slice(start, end)).toContain('reports on its pilot');
		expect(body.slice(start, end)).not.toContain('Each member');
		expect(body).toContain('Too rare.');
		expect(
			new JSDOM(comments, { contentType: 'text/xml' }).window.document.querySelector('parsererror')
		).toBeNull();
	});

	it('keeps every hostile payload inert in each format', async () => {
		const { doc, charter, labels } = commented(XSS_PAYLOADS.map((p) => `${marker(p)} ${p.text}`));
		const read = async (format: 'markdown' | 'html' | 'docx') =>
			bytes(await exportDocumentFile(doc, charter, format, TEXTS, undefined, labels));
		const markdown = strFromU8(await read('markdown'));
		for (const payload of XSS_PAYLOADS) expect(markdown).toContain(marker(payload));
		expect(executableInMarkdown(markdown)).toEqual([]);
		const page = new JSDOM(strFromU8(await read('html'))).window.document;
		const headings = [...page.querySelectorAll('h2, h3, h4')].map((h) => h.textContent);
		expect(headings).toContain('Comments');
		expect(executableInHtml(page)).toEqual([]);
		expect(executableInDocx(await read('docx'))).toEqual([]);
	});
});
