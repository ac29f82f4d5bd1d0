import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCsv } from './csv';

const read = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('CSV', () => {
	it('starts with a byte-order mark, ends lines with CRLF and quotes what needs it', () => {
		const text = read(
			exportCsv(
				['Name', 'Note'],
				[
					['Zoë, “Z”', 'line one\nline two'],
					['王芳', '"quoted"']
				]
			)
		);
		expect(text.startsWith('\uFEFFName,Note\r\n')).toBe(true);
		expect([...exportCsv(['a'], []).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(text).toContain('"Zoë, “Z”","line one\nline two"\r\n');
		expect(text).toContain('王芳,"""quoted"""\r\n');
		const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
		expect(parsed).toEqual([
			['Name', 'Note'],
			['Zoë, “Z”', 'line one\nline two'],
			['王芳', '"quoted"']
		]);
	});

	it('neutralises cells a spreadsheet would run as formulas', () => {
		const cells = [
			'=HYPERLINK("http://evil")',
			'+1',
			'-2+3',
			'@SUM(A1)',
			'\tx',
			'=1+1\nmore',
			'plain'
		];
		const text = read(
			exportCsv(
				['Cell'],
				cells.map((c) => [c])
			)
		);
		const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data.slice(1);
		expect(parsed.map(([cell]) => cell)).toEqual([
			`'=HYPERLINK("http://evil")`,
			"'+1",
			"'-2+3",
			"'@SUM(A1)",
			"'\tx",
			"'=1+1\nmore",
			'plain'
		]);
	});
});
