import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportHtml } from './html';
import { CLAUSES, HEADINGS, LABELS, LINKS, SPECIAL, TABLE, fixture } from './test-fixture';

function render(language = 'sw') {
	const html = exportHtml(fixture(language).document, LABELS);
	const page = new JSDOM(html).window.document;
	const texts = (selector: string) =>
		[...page.querySelectorAll(selector)].map((node) => node.textContent ?? '');
	return { html, page, texts };
}

describe('HTML export', () => {
	it('is one standalone HTML5 page in the document language', () => {
		const { html, page } = render();
		expect(html.startsWith('<!doctype html>')).toBe(true);
		expect(page.documentElement.lang).toBe('sw');
		expect(page.documentElement.dir).toBe('ltr');
		expect(page.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
		expect(page.querySelector('meta[name="viewport"]')).not.toBeNull();
		expect(page.title).toBe('Charter * draft');
		const style = page.querySelector('style')?.textContent ?? '';
		expect(style).toContain('@page { margin: 2cm; }');
		expect(style).toContain('a[href]::after { content: " (" attr(href) ")"');
		expect(style).toMatch(/@media print \{[^@]*a\[href\]::after/);
	});

	it('is written right to left for Arabic', () => {
		const { page } = render('ar');
		expect(page.documentElement.lang).toBe('ar');
		expect(page.documentElement.dir).toBe('rtl');
	});

	it('carries the header block with the workspace, date and version', () => {
		const { texts } = render();
		expect(texts('header h1')).toEqual(['Charter * draft']);
		expect(texts('header dt')).toEqual(['Workspace', 'Exported', 'Version']);
		expect(texts('header dd')).toEqual([
			'Coalition & Friends <Test>',
			'14 Machi 2025, 09:30 UTC',
			'Draft, not agreed'
		]);
	});

	it('keeps the structure of the document, headings shifted below the title', () => {
		const { page, texts } = render();
		expect(texts('main h2')).toEqual([HEADINGS[1]]);
		expect(texts('main h3')).toEqual([HEADINGS[2]]);
		expect(texts('main h4')).toEqual([HEADINGS[3]]);
		expect(texts('main h1')).toEqual([]);
		const main = page.querySelector('main')?.textContent ?? '';
		for (const clause of CLAUSES) expect(main).toContain(clause);
		expect(page.querySelector('main > ol')?.getAttribute('start')).toBe('3');
		expect(texts('main > ol > li')).toEqual(['Third step', 'Fourth step']);
		expect(texts('main > ul > li > ul > li')).toEqual(['Inner item']);
		expect(texts('main > ul > li > p')).toEqual(['Outer item', 'Second outer']);
		expect(texts('main blockquote')).toEqual(['Nothing about us without us.']);
		expect(texts('main strong')).toEqual(['together', 'Amani']);
		expect(texts('main em')).toEqual(['openly']);
		expect(page.querySelector('main br')?.parentElement?.textContent).toBe('First lineSecond line');
		expect(page.querySelectorAll('main p:empty')).toHaveLength(0);
	});

	it('writes tables with a header section, header cells and a body, printable', () => {
		const { page, texts } = render();
		expect(page.querySelectorAll('main table')).toHaveLength(1);
		expect(texts('main table > thead > tr > th')).toEqual(TABLE[0]);
		for (const th of page.querySelectorAll('main th')) expect(th.getAttribute('scope')).toBe('col');
		const body = [...page.querySelectorAll('main table > tbody > tr')].map((row) =>
			[...row.children].map((cell) => cell.textContent)
		);
		expect(body).toEqual(TABLE.slice(1));
		expect(page.querySelectorAll('main tbody th')).toHaveLength(0);
		expect(page.querySelector('main tbody strong')?.textContent).toBe('Amani');
		expect(page.querySelector('main tbody a')?.getAttribute('href')).toBe(LINKS[2]);
		const style = page.querySelector('style')?.textContent ?? '';
		expect(style).toMatch(/th, td \{[^}]*border: 1px solid/);
		expect(style).toMatch(/tr \{[^}]*break-inside: avoid/);
	});

	it('gives links their URL and rel="noopener noreferrer"', () => {
		const links = [...render().page.querySelectorAll('a')];
		expect(links.map((a) => a.getAttribute('href'))).toEqual(LINKS);
		expect(links.map((a) => a.textContent)).toEqual(['guide', 'us', 'Website']);
		for (const a of links) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
	});

	it('has no script, no event handler, no unsafe link and no external resource', () => {
		const { html, page } = render();
		expect(page.querySelectorAll('script, iframe, object, embed, img, link')).toHaveLength(0);
		for (const element of page.querySelectorAll('*')) {
			for (const attribute of element.attributes) {
				expect(attribute.name.startsWith('on')).toBe(false);
				expect(attribute.name).not.toBe('src');
			}
		}
		expect(html).not.toContain('javascript:');
		expect(html).not.toContain('<script');
		const special = [...page.querySelectorAll('main p')].find((p) => p.textContent === SPECIAL);
		expect(special?.children).toHaveLength(0);
	});
});
