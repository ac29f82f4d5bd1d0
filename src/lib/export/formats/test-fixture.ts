import type * as Y from 'yjs';
import {
	addDocument,
	createWorkspaceDoc,
	documentBody,
	HARD_BREAK,
	insertLines,
	linesOfBlocks,
	newContainerId,
	writeInitialMeta,
	type Container,
	type DocumentId,
	type LineToWrite,
	heading,
	paragraph,
	quote,
	table
} from '../../doc';
import type { ExportLabels } from './labels';
import { readDocumentForExport, type ExportDocument } from '../read-model/model';

/*
 * A workspace holding every kind of content the editor can write, shared by the exporters' tests.
 * Only tests import this file.
 */

/** Text full of characters that mean something in Markdown, HTML and XML. */
export const SPECIAL = 'Stars * and _under_ # hash <script>alert(1)</script> & more';
/** Text in scripts other than Latin, and in a right-to-left one. */
export const SWAHILI = 'Tunakubaliana kufanya maamuzi kwa pamoja.';
/** Chinese text of the fixture. */
export const CHINESE = '我们一起做决定。';
/** Arabic text of the fixture. */
export const ARABIC = 'نتخذ القرارات معًا.';
/** The only safe links of the fixture, in order; the last one sits in the table. */
export const LINKS = [
	'https://example.org/guide?a=1&b=2',
	'mailto:team@example.org',
	'https://example.org/members'
];
/**
 * The cell texts of the fixture's table, row by row: a header row, then a row with a bold name and
 * a pipe, then one with non-Latin text and a link.
 */
export const TABLE = [
	['Member', 'Role'],
	['Amani', 'Chair | convenor'],
	['مريم 会议', 'Website']
];
/** The moment every fixture export is made at. */
export const EXPORTED_AT = new Date(Date.UTC(2025, 2, 14, 9, 30));
/** Header words of the tests; the interface passes translated ones. */
export const LABELS: ExportLabels = {
	workspace: 'Workspace',
	document: 'Documents',
	exported: 'Exported',
	version: 'Version'
};
/** Headings of the fixture body by level. */
export const HEADINGS = { 1: 'Purpose', 2: 'How we decide', 3: 'Languages' } as const;
/** The text of every paragraph of the fixture body, wherever it sits. */
export const CLAUSES = [
	SPECIAL,
	SWAHILI,
	CHINESE,
	ARABIC,
	'Third step',
	'Fourth step',
	'Outer item',
	'Inner item',
	'Second outer',
	'Nothing about us without us.',
	'First line',
	'Second line',
	'Click me'
];

const RICH: LineToWrite['runs'] = [
	{ text: 'We work ' },
	{ text: 'together', marks: { bold: true } },
	{ text: ' and ' },
	{ text: 'openly', marks: { italic: true } },
	{ text: '. Read the ' },
	{ text: 'guide', marks: { link: LINKS[0] } },
	{ text: ' or write to ' },
	{ text: 'us', marks: { link: LINKS[1] } },
	{ text: '.' }
];

const line = (runs: LineToWrite['runs'], wrap: Container[] = []): LineToWrite => ({
	runs,
	format: { block: 'paragraph', wrap }
});
const container = (type: Container['type'], attrs?: Container['attrs']): Container => ({
	type,
	id: newContainerId(),
	...(attrs ? { attrs } : {})
});

/** The fixture's lines written directly, for what templates cannot say (nesting, breaks, marks). */
function extraLines(): { first: LineToWrite; ordered: LineToWrite[]; last: LineToWrite[] } {
	const ordered = container('orderedList', { start: 3 });
	const outer = container('bulletList');
	const outerItem = container('listItem');
	const inner = [outer, outerItem, container('bulletList'), container('listItem')];
	return {
		first: line(RICH),
		ordered: [
			line([{ text: 'Third step' }], [ordered, container('listItem')]),
			line([{ text: 'Fourth step' }], [ordered, container('listItem')])
		],
		last: [
			line([{ text: 'Outer item' }], [outer, outerItem]),
			line([{ text: 'Inner item' }], inner),
			line([{ text: 'Second outer' }], [outer, container('listItem')]),
			line([{ text: `First line${HARD_BREAK}Second line` }]),
			line([{ text: 'Click me', marks: { link: 'javascript:alert(1)' } }])
		]
	};
}

/** Builds the fixture workspace and reads its one document for export. */
export function fixture(
	language = 'sw',
	title = 'Charter * draft'
): {
	doc: Y.Doc;
	id: DocumentId;
	document: ExportDocument;
} {
	const doc = createWorkspaceDoc();
	writeInitialMeta(doc, 'Coalition & Friends <Test>', language, 1);
	const id = addDocument(doc, { title, kind: 'charter', now: 2 });
	const body = documentBody(doc, id)!;
	const extra = extraLines();
	doc.transact(() => {
		body.delete(0, body.length);
		insertLines(body, [
			...linesOfBlocks([heading(1, HEADINGS[1])]),
			extra.first,
			...linesOfBlocks([heading(2, HEADINGS[2]), paragraph(SPECIAL)]),
			...extra.ordered,
			...linesOfBlocks([
				paragraph(),
				heading(3, HEADINGS[3]),
				paragraph(SWAHILI),
				paragraph(CHINESE),
				paragraph(ARABIC),
				quote('Nothing about us without us.'),
				table(
					{ header: true, cells: [['Member'], ['Role']] },
					{ cells: [[{ text: 'Amani', bold: true }], ['Chair | convenor']] },
					{ cells: [['مريم 会议'], [{ text: 'Website', href: LINKS[2] }]] }
				)
			]),
			...extra.last
		]);
	});
	const document = readDocumentForExport(doc, id, {
		exportedAt: EXPORTED_AT,
		versionLabel: 'Draft, not agreed'
	})!;
	return { doc, id, document };
}
