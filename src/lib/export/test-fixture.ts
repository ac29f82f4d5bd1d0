import * as Y from 'yjs';
import {
	addDocument,
	appendBlocks,
	createWorkspaceDoc,
	documentBody,
	writeInitialMeta,
	type DocumentId
} from '../doc';
import type { ExportLabels } from './labels';
import { readDocumentForExport, type ExportDocument } from './model';

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

const RICH: [string, Record<string, object>][] = [
	['We work ', {}],
	['together', { bold: {} }],
	[' and ', {}],
	['openly', { italic: {} }],
	['. Read the ', {}],
	['guide', { link: { href: LINKS[0] } }],
	[' or write to ', {}],
	['us', { link: { href: LINKS[1] } }],
	['.', {}]
];

function element(name: string, children: (Y.XmlElement | Y.XmlText)[]): Y.XmlElement {
	const node = new Y.XmlElement(name);
	node.insert(0, children);
	return node;
}

function paragraph(...children: (string | Y.XmlElement | Y.XmlText)[]): Y.XmlElement {
	return element(
		'paragraph',
		children.map((child) => (typeof child === 'string' ? new Y.XmlText(child) : child))
	);
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
	doc.transact(() => {
		appendBlocks(body, [
			{ type: 'heading', level: 1, text: HEADINGS[1] },
			{ type: 'heading', level: 2, text: HEADINGS[2] },
			{ type: 'paragraph', content: [SPECIAL] },
			{ type: 'orderedList', items: [['Third step'], ['Fourth step']] },
			{ type: 'paragraph', content: [] },
			{ type: 'heading', level: 3, text: HEADINGS[3] },
			{ type: 'paragraph', content: [SWAHILI] },
			{ type: 'paragraph', content: [CHINESE] },
			{ type: 'paragraph', content: [ARABIC] },
			{ type: 'blockquote', content: ['Nothing about us without us.'] },
			{
				type: 'table',
				rows: [
					{ header: true, cells: [['Member'], ['Role']] },
					{ cells: [[{ text: 'Amani', bold: true }], ['Chair | convenor']] },
					{ cells: [['مريم 会议'], [{ text: 'Website', href: LINKS[2] }]] }
				]
			}
		]);
		const ordered = body
			.toArray()
			.find((node) => (node as Y.XmlElement).nodeName === 'orderedList');
		(ordered as Y.XmlElement).setAttribute('start', 3 as unknown as string);
		// Marks are written explicitly: text inserted without attributes takes its left neighbour's.
		const marked = new Y.XmlText();
		let offset = 0;
		for (const [text, marks] of RICH) {
			marked.insert(offset, text, marks);
			offset += text.length;
		}
		body.insert(1, [paragraph(marked)]);
		const unsafe = new Y.XmlText();
		unsafe.insert(0, 'Click me', { link: { href: 'javascript:alert(1)' } });
		body.insert(body.length, [
			element('bulletList', [
				element('listItem', [
					paragraph('Outer item'),
					element('bulletList', [element('listItem', [paragraph('Inner item')])])
				]),
				element('listItem', [paragraph('Second outer')])
			]),
			paragraph('First line', new Y.XmlElement('hardBreak'), 'Second line'),
			paragraph(unsafe)
		]);
	});
	const document = readDocumentForExport(doc, id, {
		exportedAt: EXPORTED_AT,
		versionLabel: 'Draft, not agreed'
	})!;
	return { doc, id, document };
}
