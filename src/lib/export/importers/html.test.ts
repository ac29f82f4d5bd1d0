import createDOMPurify, { type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Block, Run } from '../../doc';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from './blocks';
import { ImportError } from './errors';
import { importHtml, type HtmlDom } from './html';
import { bulletList, heading, orderedList, paragraph, quote, table } from '../../doc';

const window = new JSDOM('').window;
const dom: HtmlDom = {
	DOMPurify: createDOMPurify(window as unknown as WindowLike),
	parse: (html) => new window.DOMParser().parseFromString(html, 'text/html')
};

function inlinesOf(block: Block): Run[] {
	if (block.type === 'heading' || block.type === 'paragraph') return block.runs;
	if (block.type === 'quote') return block.blocks.flatMap(inlinesOf);
	if (block.type === 'table') return block.rows.flatMap((row) => row.cells.flatMap((c) => c.runs));
	return block.items.flat().flatMap(inlinesOf);
}

const ALLOWED_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'ul', 'ol', 'li'];
ALLOWED_TAGS.push('blockquote', 'strong', 'b', 'em', 'i', 'a', 'table', 'thead', 'tbody');
ALLOWED_TAGS.push('tr', 'th', 'td', 'div', 'span');

const VECTORS = [
	'<script>alert(1)</script>',
	'<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
	'<scr<script>ipt>alert(1)</scr<script>ipt>',
	'<<script>script>alert(1)<</script>/script>',
	'<img src=x onerror=alert(1)>',
	'<img src="https://evil.example/track.png" alt="pixel">',
	'<IMG SRC="jav&#x09;ascript:alert(1);">',
	'<svg onload=alert(1)>',
	'<svg><script>alert(1)</script></svg>',
	'<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">svg link</text></a></svg>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
	'<math><mi xlink:href="javascript:alert(1)">m</mi></math>',
	'<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
	'<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
	'<a href="javascript:alert(1)">click</a>',
	'<a href=" JaVaScRiPt:alert(1)">click</a>',
	'<a href="javascript&colon;alert(1)">click</a>',
	'<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">click</a>',
	'<a href="&#x6A;avascript:alert(1)">click</a>',
	'<a href="java\tscript:alert(1)">click</a>',
	'<a href="java\nscript:alert(1)">click</a>',
	'<a href="\u0001javascript:alert(1)">click</a>',
	'<a href="vbscript:msgbox(1)">click</a>',
	'<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
	'<a href="file:///etc/passwd">click</a>',
	'<a href="//evil.example/x">protocol-relative</a>',
	'<a href="https://ok.example/" onclick="alert(1)" style="color:red" target="_blank">ok</a>',
	'<iframe src="https://evil.example"></iframe>',
	'<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
	'<object data="https://evil.example/x.swf"></object>',
	'<embed src="https://evil.example/x.swf">',
	'<style>body{background:url(javascript:alert(1))}</style>',
	'<p style="background:url(javascript:alert(1))">styled</p>',
	'<form action="javascript:alert(1)"><input type=submit formaction="javascript:alert(1)"></form>',
	'<button formaction="javascript:alert(1)">press</button>',
	'<textarea><script>alert(1)</script></textarea>',
	'<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
	'<template><script>alert(1)</script></template>',
	'<title><script>alert(1)</script></title>',
	'<xmp><script>alert(1)</script></xmp>',
	'<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
	'<base href="javascript:alert(1)//">',
	'<link rel="stylesheet" href="https://evil.example/x.css">',
	'<video><source onerror="alert(1)"></video>',
	'<audio src=x onerror=alert(1)></audio>',
	'<details open ontoggle=alert(1)>details</details>',
	'<body onload=alert(1)>body</body>',
	'<div data-x="1" aria-label="x" id="clobber" name="cookie" class="c">attrs</div>',
	'<a href="https://ok.example/"><img src=x onerror=alert(1)>img in link</a>',
	'<!--<img src="--><img src=x onerror=alert(1)//">',
	'<p>text<!-- comment --><![CDATA[<script>alert(1)</script>]]></p>',
	'<ol start="javascript:alert(1)"><li>item</li></ol>',
	...ALLOWED_TAGS.map(
		(tag) =>
			`<${tag} onclick="alert(1)" onmouseover=alert(1) onfocus="alert(1)" style="color:red" ` +
			`href="javascript:alert(1)" start="1">handlers</${tag}>`
	)
];

function linksOf(blocks: Block[]): string[] {
	return blocks
		.flatMap(inlinesOf)
		.flatMap((run) => (typeof run !== 'string' && run.href !== undefined ? [run.href] : []));
}

describe('importHtml against cross-site scripting', () => {
	it('has a large hostile set', () => {
		expect(VECTORS.length).toBeGreaterThanOrEqual(40);
	});

	it.each(VECTORS)('neutralises %s', (vector) => {
		const { blocks } = importHtml(`<p>before</p>${vector}<p>after</p>`, 'x.html', dom);
		for (const href of linksOf(blocks)) expect(href).toMatch(/^(https?:|mailto:)/i);
		const json = JSON.stringify(blocks).toLowerCase();
		for (const bad of ['onerror', '<script', 'javascript:', 'onclick', 'onload']) {
			expect(json).not.toContain(bad);
		}
		expect(json).toContain('before');
	});

	it('keeps safe links and drops hostile ones while keeping their text', () => {
		const html =
			'<p><a href="https://ok.example/a">safe</a> <a href="javascript:alert(1)">unsafe</a> ' +
			'<a href="mailto:a@example.org">mail</a> <a href="/relative">relative</a></p>';
		expect(importHtml(html, 'x.html', dom).blocks).toEqual([
			paragraph(
				{ text: 'safe', href: 'https://ok.example/a' },
				' unsafe ',
				{ text: 'mail', href: 'mailto:a@example.org' },
				' relative'
			)
		]);
	});

	it('refuses to run with a DOMPurify that has no DOM (it would not sanitise)', () => {
		const bare = { ...dom, DOMPurify: createDOMPurify() };
		expect(() => importHtml('<p>x</p>', 'x.html', bare)).toThrow(ImportError);
	});
});

describe('importHtml structure', () => {
	it('reads headings, paragraphs, emphasis, lists, quotes and tables', () => {
		const html = `<html><head><title>ignored</title></head><body>
			<h1>The   title</h1>
			<p>Some <b>bold</b> and <em>italic <strong>both</strong></em><br>next line</p>
			<h2>Two</h2><h5>Five</h5>
			<ul><li>a<ul><li>a1</li><li>a2</li></ul>a tail</li><li><p>b</p><p>b2</p></li></ul>
			<ol start="3"><li>one</li></ol>
			<blockquote><p>q1</p><p>q2</p></blockquote>
			<table><thead><tr><th>Name</th><th>Role</th></tr></thead>
			<tbody><tr><td>Ana</td><td><b>Chair</b></td></tr><tr><td></td><td></td></tr></tbody></table>
			<div>loose <span>text</span><div>inner</div>after</div>
			<p> </p><img src="https://x.example/i.png" alt="alt">
		</body></html>`;
		const result = importHtml(html, 'x.html', dom);
		expect(result.title).toBe('The title');
		expect(result.blocks).toEqual([
			paragraph(
				'Some ',
				{ text: 'bold', bold: true },
				' and ',
				{ text: 'italic ', italic: true },
				{ text: 'both', bold: true, italic: true },
				' next line'
			),
			heading(2, 'Two'),
			heading(3, 'Five'),
			bulletList(['a'], ['a1'], ['a2'], ['a tail'], ['b b2']),
			orderedList(['one']),
			quote('q1'),
			quote('q2'),
			table(
				{ header: true, cells: [['Name'], ['Role']] },
				{ cells: [['Ana'], [{ text: 'Chair', bold: true }]] },
				{ cells: [[], []] }
			),
			paragraph('loose text'),
			paragraph('inner'),
			paragraph('after')
		]);
	});

	it('reads tables: th rows and thead rows are header rows, cells keep marks and safe links', () => {
		const html = `<table>
			<tr><th>Член</th><th>Role</th></tr>
			<tr><td><b>Amani</b> <a href="https://example.org/a">site</a></td><td>a | b</td></tr>
			<tr><th>Side</th><td><a href="javascript:alert(1)">bad</a></td></tr>
		</table>
		<table><thead><tr><td>Plain head</td></tr></thead><tbody><tr><td>x</td></tr></tbody></table>`;
		expect(importHtml(html, 'x.html', dom).blocks).toEqual([
			table(
				{ header: true, cells: [['Член'], ['Role']] },
				{
					cells: [
						[{ text: 'Amani', bold: true }, ' ', { text: 'site', href: 'https://example.org/a' }],
						['a | b']
					]
				},
				{ cells: [['Side'], ['bad']] }
			),
			table({ header: true, cells: [['Plain head']] }, { cells: [['x']] })
		]);
	});

	it('flattens block content and nested tables inside a cell to its text', () => {
		const html =
			'<table><tr><td><h2>Title</h2><p>one</p><ul><li>two</li></ul>' +
			'<table><tr><td>in</td><td>ner</td></tr></table><br>end</td></tr></table>';
		expect(importHtml(html, 'x.html', dom).blocks).toEqual([
			table({ cells: [['Title one two in ner end']] })
		]);
	});

	it('drops tables without text and leaves tables in lists as items', () => {
		const html =
			'<p>before</p><table><tr><td> </td></tr></table>' +
			'<ul><li>item<table><tr><td>a</td><td>b</td></tr></table></li></ul>';
		expect(importHtml(html, 'x.html', dom).blocks).toEqual([
			paragraph('before'),
			bulletList(['item'], ['a | b'])
		]);
	});

	it('caps the rows and columns of a table', () => {
		const wide = `<tr>${'<td>c</td>'.repeat(MAX_TABLE_COLUMNS + 5)}</tr>`;
		const long = '<tr><td>r</td></tr>'.repeat(MAX_TABLE_ROWS + 5);
		const result = importHtml(`<table>${wide}</table><table>${long}</table>`, 'x.html', dom);
		const [first, second] = result.blocks;
		expect(first?.type === 'table' && first.rows[0]!.cells.length).toBe(MAX_TABLE_COLUMNS);
		expect(second?.type === 'table' && second.rows.length).toBe(MAX_TABLE_ROWS);
		expect(result.truncated).toBe(true);
	});

	it('gives typed errors for empty, oversized and textless input', () => {
		const problem = (html: string) => {
			try {
				importHtml(html, 'x.html', dom);
			} catch (error) {
				return error instanceof ImportError ? error.problem : 'untyped';
			}
			return 'none';
		};
		expect(problem('')).toBe('empty');
		expect(problem('<p>x</p>'.repeat(3_000_000))).toBe('too-large');
		expect(problem('<script>alert(1)</script><img src=x>')).toBe('no-text');
	});
});
