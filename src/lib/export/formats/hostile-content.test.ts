import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
	executableInDocx,
	executableInHtml,
	executableInMarkdown
} from '../../../../tests/xss/export-checks';
import { hostileWorkspace } from '../../../../tests/xss/hostile-document';
import { XSS_PAYLOADS, marker } from '../../../../tests/xss/payloads';
import { exportDocx } from './docx';
import { exportHtml } from './html';
import { exportMarkdown } from './markdown';
import { readDocumentForExport } from '../read-model/model';
import { LABELS } from './test-fixture';

/**
 * A document written by a hostile member straight into Yjs (every cross-site-scripting payload as
 * title, text and link target, plus nodes and marks the editor does not have) exports inert.
 */
function hostileExport() {
	const { doc, id } = hostileWorkspace();
	const document = readDocumentForExport(doc, id, {
		exportedAt: new Date(0),
		versionLabel: 'Draft'
	});
	if (!document) throw new Error('the hostile document is missing');
	return document;
}

describe('exports of a document holding every payload', () => {
	it('Markdown: no raw HTML, no image, no link but to web and e-mail addresses', () => {
		const markdown = exportMarkdown(hostileExport(), LABELS);
		for (const payload of XSS_PAYLOADS) expect(markdown).toContain(marker(payload));
		expect(executableInMarkdown(markdown)).toEqual([]);
	});

	it('HTML: every payload is text, and nothing in the page can run or fetch', () => {
		const html = exportHtml(hostileExport(), LABELS);
		const page = new JSDOM(html).window.document;
		// A NUL cannot travel in HTML text (the parser drops or replaces it); spacing may differ.
		const plain = (s: string) =>
			s.replaceAll('\u0000', '').replaceAll('\ufffd', '').replace(/\s+/g, ' ').trim();
		// A line break in a payload is kept as one (`<br>`), which a reader sees as white space.
		for (const br of page.querySelectorAll('br')) br.replaceWith('\n');
		const text = plain(page.body.textContent ?? '');
		const lost = XSS_PAYLOADS.filter((p) => !text.includes(plain(p.text)));
		expect(lost.map((p) => p.id)).toEqual([]);
		expect(executableInHtml(page)).toEqual([]);
	});

	it('Word: hyperlinks only to web and e-mail addresses, and no markup in the XML', async () => {
		const bytes = await exportDocx(hostileExport(), LABELS);
		expect(executableInDocx(bytes)).toEqual([]);
	});
});

describe('the checks', () => {
	it('catch what would be executable, so that the tests above can fail', () => {
		expect(
			executableInMarkdown('[a](javascript:x()) <img src=x onerror=y()> ![i](https://e.test/i)')
		).toEqual([
			'link javascript:x()',
			'raw HTML <img src=x onerror=y()>',
			'image https://e.test/i'
		]);
		const page = new JSDOM(
			'<p onclick="x()"><a href="javascript:y()">a</a></p><script>z()</script>'
		).window.document;
		expect(executableInHtml(page)).toEqual(['p[onclick=x()]', 'a[href=javascript:y()]', 'script']);
	});
});
