// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { paragraph, readLines } from '../../doc';
import { applyLink } from '../toolbar-actions';
import { copiesOf, syncAll, type EditorCopy } from './test-editors';

/*
 * A link's target is what the person gave (typed, pasted or linked from the toolbar). The editor
 * must show exactly what the text holds, in every copy and after every reload, so that typing
 * beside a link continues that link instead of starting a second one with a rewritten target
 * (the campaign's seed 369304868: a host in Chinese came back from `URL` in punycode).
 */

const UNICODE = 'https://我们一起做决定.ca';

let copies: EditorCopy[] = [];
afterEach(() => copies.forEach((copy) => copy.destroy()));

/** The stored links of the first line, as [text, href] runs (adjacent equal ones merged). */
function storedLinks(copy: EditorCopy): [string, string | undefined][] {
	const runs: [string, string | undefined][] = [];
	for (const run of readLines(copy.text)[0]!.runs) {
		const last = runs[runs.length - 1];
		if (last && last[1] === run.marks.link) last[0] += run.text;
		else runs.push([run.text, run.marks.link]);
	}
	return runs;
}

/** The hrefs of the links the editor shows. */
function shownHrefs(copy: EditorCopy): string[] {
	const hrefs = new Set<string>();
	copy.editor.state.doc.descendants((node) => {
		for (const mark of node.marks) if (mark.type.name === 'link') hrefs.add(mark.attrs.href);
		return true;
	});
	return [...hrefs];
}

describe('a link keeps the target the person gave', () => {
	it('shows a stored target exactly as stored, so typing at its start continues it', () => {
		copies = copiesOf(2, [paragraph({ text: '我们一起做决定.ca', href: UNICODE }, ' is ours')]);
		const [, reopened] = copies as [EditorCopy, EditorCopy];
		expect(shownHrefs(reopened)).toEqual([UNICODE]);
		reopened.caretAt(1).type('我们');
		expect(storedLinks(reopened)).toEqual([
			['我们我们一起做决定.ca', UNICODE],
			[' is ours', undefined]
		]);
	});

	it('keeps an autolinked international address as typed, in every copy that edits it later', () => {
		copies = copiesOf(2, [paragraph('')]);
		const [a, b] = copies as [EditorCopy, EditorCopy];
		a.caretAt(1).type('我们一起做决定.ca ');
		expect(storedLinks(a)).toEqual([
			['我们一起做决定.ca', UNICODE],
			[' ', undefined]
		]);
		syncAll(a, b);
		// A copy that only received the link (as a reload would) types at its start.
		b.caretAt(1).type('我们');
		expect(storedLinks(b)).toEqual([
			['我们我们一起做决定.ca', UNICODE],
			[' ', undefined]
		]);
		expect(shownHrefs(b)).toEqual([UNICODE]);
	});

	it('stores a target linked from the toolbar in the form it was typed, with https for a bare host', () => {
		copies = copiesOf(2, [paragraph('Our charter')]);
		const [copy] = copies as [EditorCopy];
		copy.select('', 'Our charter');
		expect(applyLink(copy.editor, '我们一起做决定.ca/宪章')).toBe(true);
		expect(storedLinks(copy)).toEqual([['Our charter', 'https://我们一起做决定.ca/宪章']]);
	});

	it('autolinks only what a document may hold as a link', () => {
		copies = copiesOf(2, [paragraph('')]);
		const [copy] = copies as [EditorCopy];
		copy.caretAt(1).type('ftp://example.org and localhost and example.org ');
		expect(storedLinks(copy)).toEqual([
			['ftp://example.org and localhost and ', undefined],
			['example.org', 'https://example.org'],
			[' ', undefined]
		]);
	});
});
