import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { executableInHtml, executableInMarkdown } from '../../../../tests/xss/export-checks';
import { XSS_PAYLOADS, marker } from '../../../../tests/xss/payloads';
import type { Amendment, AmendmentId, DocumentId, MemberId } from '../../doc';
import { exportHtml } from '../formats/html';
import { exportMarkdown } from '../formats/markdown';
import { LABELS } from '../formats/test-fixture';
import { amendmentRecordBlocks, type AmendmentRecordLabels } from './amendment-record';

const labels: AmendmentRecordLabels = {
	heading: 'Amendments',
	subject: 'Amendment',
	proposed: 'Proposed',
	rationale: 'Rationale',
	outcome: 'Outcome',
	open: 'Open',
	subjectOf: (quote) => (quote ? `On “${quote}”` : 'On the whole text'),
	outcomeOf: (outcome) => `${outcome.result} by ${outcome.by ?? 'the decision'}`,
	proposedBy: (at, who) => `${who}, ${at}`,
	date: (at) => new Date(at).toISOString().slice(0, 10)
};

const amendment = (i: number, text: string, ended: boolean): Amendment => ({
	id: `amendment-${i}` as AmendmentId,
	documentId: 'charter' as DocumentId,
	quote: text.slice(0, 300),
	rationale: `${marker(XSS_PAYLOADS[i]!)} ${text}`,
	base: new Uint8Array(),
	change: new Uint8Array(),
	proposedBy: 'ana' as MemberId,
	proposedAt: Date.UTC(2026, 0, 1 + (i % 28)),
	support: {},
	outcome: ended ? { result: 'accepted', by: 'ben' as MemberId, at: 0, decisionId: null } : null
});

describe('the record of amendments', () => {
	it('lists each amendment with what it was on, who proposed it, why and how it ended', () => {
		const blocks = amendmentRecordBlocks(
			[amendment(0, 'Clearer.', true), amendment(1, '', false)],
			labels
		);
		expect(blocks[0]).toEqual({ type: 'heading', level: 2, runs: [{ text: 'Amendments' }] });
		const table = blocks[1];
		const rows = table?.type === 'table' ? table.rows : [];
		const cells = rows.map((row) => row.cells.map((cell) => cell.runs[0]?.text));
		expect(cells[0]).toEqual(['Amendment', 'Proposed', 'Rationale', 'Outcome']);
		expect(cells[1]).toEqual([
			'On “Clearer.”',
			'ana, 2026-01-01',
			'PAYLOAD-001 Clearer.',
			'accepted by ben'
		]);
		expect(cells[2]![0]).toBe('On the whole text');
		expect(cells[2]![3]).toBe('Open');
		expect(amendmentRecordBlocks([], labels)).toEqual([]);
	});

	it('exports every payload in a rationale or quote as inert text', () => {
		const amendments = XSS_PAYLOADS.map((p, i) => amendment(i, p.text, i % 2 === 0));
		const document = {
			workspaceName: 'W',
			title: 'Charter',
			kind: 'charter' as const,
			language: 'en',
			exportedAt: new Date(0),
			versionLabel: 'Agreed',
			blocks: amendmentRecordBlocks(amendments, labels)
		};
		const markdown = exportMarkdown(document, LABELS);
		for (const payload of XSS_PAYLOADS) expect(markdown).toContain(marker(payload));
		expect(executableInMarkdown(markdown)).toEqual([]);
		expect(executableInHtml(new JSDOM(exportHtml(document, LABELS)).window.document)).toEqual([]);
	});
});
