import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportDocx } from './docx';
import type { ExportDocument } from '../read-model/model';
import { CLAUSES, HEADINGS, LABELS, LINKS, TABLE, fixture } from './test-fixture';

async function open(document: ExportDocument) {
	const files = unzipSync(await exportDocx(document, LABELS));
	const raw = (name: string) => {
		const file = files[name];
		if (!file) throw new Error(`${name} is missing`);
		return strFromU8(file);
	};
	const xml = (name: string) => {
		const parsed = new JSDOM(raw(name), { contentType: 'text/xml' }).window.document;
		expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
		return parsed;
	};
	const body = xml('word/document.xml');
	const paragraphs = [...body.getElementsByTagName('w:p')].map((p) => {
		const value = (tag: string) => p.getElementsByTagName(tag)[0]?.getAttribute('w:val') ?? null;
		return {
			element: p,
			text: [...p.getElementsByTagName('w:t')].map((t) => t.textContent).join(''),
			style: value('w:pStyle'),
			numId: value('w:numId'),
			level: value('w:ilvl')
		};
	});
	const find = (text: string) => {
		const found = paragraphs.find((p) => p.text === text);
		if (!found) throw new Error(`no paragraph "${text}"`);
		return found;
	};
	return { files, raw, xml, paragraphs, find };
}

describe('Word export', () => {
	it('is a zip of well-formed XML holding every heading and clause', async () => {
		const { files, raw, xml, paragraphs } = await open(fixture().document);
		for (const name of Object.keys(files).filter((n) => /\.(xml|rels)$/.test(n))) xml(name);
		const texts = paragraphs.map((p) => p.text);
		for (const clause of CLAUSES) expect(texts.join('\n')).toContain(clause);
		for (const heading of Object.values(HEADINGS)) expect(texts).toContain(heading);
		expect(raw('word/document.xml')).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
		expect(texts.filter((t) => t === '')).toEqual([]);
	});

	it('uses Title and shifted Heading styles, then the header block', async () => {
		const { paragraphs, find } = await open(fixture().document);
		expect(paragraphs[0]).toMatchObject({ text: 'Charter * draft', style: 'Title' });
		expect(paragraphs.slice(1, 4).map((p) => p.text)).toEqual([
			'Workspace: Coalition & Friends <Test>',
			'Exported: 14 Machi 2025, 09:30 UTC',
			'Version: Draft, not agreed'
		]);
		expect(find(HEADINGS[1]).style).toBe('Heading2');
		expect(find(HEADINGS[2]).style).toBe('Heading3');
		expect(find(HEADINGS[3]).style).toBe('Heading4');
	});

	it('numbers lists with Word numbering, restarting at the list start', async () => {
		const { find, paragraphs, xml } = await open(fixture().document);
		const third = find('Third step');
		expect(third).toMatchObject({ level: '0' });
		expect(find('Fourth step')).toMatchObject({ level: '0', numId: third.numId });
		const outer = find('Outer item');
		expect(outer.level).toBe('0');
		expect(find('Inner item').level).toBe('1');
		expect(find('Second outer').numId).toBe(outer.numId);
		expect(outer.numId).not.toBe(third.numId);
		const listed = ['Third step', 'Fourth step', 'Outer item', 'Inner item', 'Second outer'];
		for (const p of paragraphs) expect(p.numId !== null).toBe(listed.includes(p.text));

		const numbering = xml('word/numbering.xml');
		const num = (id: string | null) =>
			[...numbering.getElementsByTagName('w:num')].find((n) => n.getAttribute('w:numId') === id);
		const abstract = (id: string | null) => {
			const abstractId = num(id)?.getElementsByTagName('w:abstractNumId')[0]?.getAttribute('w:val');
			return [...numbering.getElementsByTagName('w:abstractNum')].find(
				(a) => a.getAttribute('w:abstractNumId') === abstractId
			);
		};
		const format = (id: string | null) =>
			abstract(id)?.getElementsByTagName('w:numFmt')[0]?.getAttribute('w:val');
		expect(format(third.numId)).toBe('decimal');
		expect(format(outer.numId)).toBe('bullet');
		const start = num(third.numId)?.getElementsByTagName('w:startOverride')[0];
		expect(start?.getAttribute('w:val')).toBe('3');
	});

	it('gives every ordered list its own numbering instance', async () => {
		const document = fixture().document;
		const list = (text: string) => ({
			type: 'list' as const,
			ordered: true,
			start: 1,
			items: [[{ type: 'paragraph' as const, runs: [{ text }] }]]
		});
		document.blocks = [list('One'), list('Again one')];
		const { find } = await open(document);
		expect(find('One').numId).not.toBe(find('Again one').numId);
	});

	it('keeps marks, line breaks and quotes', async () => {
		const { find, paragraphs } = await open(fixture().document);
		const run = (text: string) =>
			[...paragraphs.flatMap((p) => [...p.element.getElementsByTagName('w:r')])].find(
				(r) => r.textContent === text
			);
		expect(run('together')?.getElementsByTagName('w:b')).toHaveLength(1);
		expect(run('openly')?.getElementsByTagName('w:i')).toHaveLength(1);
		expect(run('We work ')?.getElementsByTagName('w:b')).toHaveLength(0);
		expect(find('First lineSecond line').element.getElementsByTagName('w:br')).toHaveLength(1);
		const quote = find('Nothing about us without us.').element;
		expect(quote.getElementsByTagName('w:i')).toHaveLength(1);
		expect(quote.getElementsByTagName('w:ind')[0]?.getAttribute('w:left')).toBe('720');
	});

	it('writes tables as Word tables whose header row repeats on every page', async () => {
		const { raw, xml } = await open(fixture().document);
		const source = raw('word/document.xml');
		expect(source).toContain('<w:tbl>');
		expect(source).toContain('<w:tblHeader/>');
		for (const text of TABLE.flat()) expect(source).toContain(text);
		const tables = [...xml('word/document.xml').getElementsByTagName('w:tbl')];
		expect(tables).toHaveLength(1);
		const rows = [...tables[0]!.getElementsByTagName('w:tr')];
		const cells = rows.map((row) =>
			[...row.getElementsByTagName('w:tc')].map((cell) =>
				[...cell.getElementsByTagName('w:t')].map((t) => t.textContent).join('')
			)
		);
		expect(cells).toEqual(TABLE);
		const headers = rows.map((row) => row.getElementsByTagName('w:tblHeader').length);
		expect(headers).toEqual([1, 0, 0]);
		const borders = tables[0]!.getElementsByTagName('w:tblBorders')[0];
		expect(borders?.getElementsByTagName('w:insideH')[0]?.getAttribute('w:val')).toBe('single');
		const bold = [...rows[1]!.getElementsByTagName('w:r')].find((r) => r.textContent === 'Amani');
		expect(bold?.getElementsByTagName('w:b')).toHaveLength(1);
		expect(rows[2]!.getElementsByTagName('w:hyperlink')).toHaveLength(1);
	});

	it('links only to safe URLs through external relationships', async () => {
		const { files, xml } = await open(fixture().document);
		const relationships = [
			...xml('word/_rels/document.xml.rels').getElementsByTagName('Relationship')
		].filter((r) => r.getAttribute('TargetMode') === 'External');
		expect(relationships.map((r) => r.getAttribute('Target'))).toEqual(LINKS);
		const ids = [...xml('word/document.xml').getElementsByTagName('w:hyperlink')].map((h) =>
			h.getAttribute('r:id')
		);
		expect(ids).toEqual(relationships.map((r) => r.getAttribute('Id')));
		for (const file of Object.values(files)) expect(strFromU8(file)).not.toContain('javascript:');
	});

	it('sets the title, creator and language, right to left for Arabic', async () => {
		const { xml, raw } = await open(fixture('ar').document);
		const core = xml('docProps/core.xml');
		expect(core.getElementsByTagName('dc:title')[0]?.textContent).toBe('Charter * draft');
		expect(core.getElementsByTagName('dc:creator')[0]?.textContent).toBe('Concord');
		const language = xml('word/styles.xml').getElementsByTagName('w:lang')[0];
		expect(language?.getAttribute('w:val')).toBe('ar');
		expect(language?.getAttribute('w:bidi')).toBe('ar');
		expect(raw('word/document.xml')).toContain('<w:bidi/>');
		expect(raw('word/document.xml')).toContain('14 مارس 2025');
	});
});
