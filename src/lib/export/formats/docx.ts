import {
	AlignmentType,
	Document,
	ExternalHyperlink,
	HeadingLevel,
	LevelFormat,
	Packer,
	Paragraph,
	Table,
	TextRun,
	type ILevelsOptions,
	type INumberingOptions,
	type IParagraphOptions,
	type ParagraphChild
} from 'docx';
import { docxTable } from './docx-table';
import { headerLines, isRightToLeft, type ExportLabels } from './labels';
import type { Block, Run } from '../../doc';
import { commentsAppendix } from '../read-model/comments-appendix';
import { CommentAnchors, wordComments } from './docx-comments';
import { textOf, type ExportDocument } from '../read-model/model';

/*
 * Word export. Headings use Word's own heading styles and lists use Word's own numbering, so the
 * file keeps its structure (navigation pane, outline, list renumbering) when members edit it.
 */

/** One indentation step, in twentieths of a point (half an inch). */
const STEP = 720;
const BULLETS = ['•', '◦', '▪'];
const HEADINGS = {
	1: HeadingLevel.HEADING_2,
	2: HeadingLevel.HEADING_3,
	3: HeadingLevel.HEADING_4
};

/** Characters XML 1.0 cannot hold; a document may contain them, a Word file may not. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g; // eslint-disable-line no-control-regex
const clean = (text: string) => text.replace(NOT_XML, '');

function levels(format: 'decimal' | 'bullet', start: number): ILevelsOptions[] {
	return Array.from({ length: 9 }, (_, level) => ({
		level,
		format: format === 'decimal' ? LevelFormat.DECIMAL : LevelFormat.BULLET,
		text: format === 'decimal' ? `%${level + 1}.` : BULLETS[level % BULLETS.length],
		alignment: AlignmentType.START,
		start,
		style: { paragraph: { indent: { left: STEP * (level + 1), hanging: STEP / 2 } } }
	}));
}

/** What the paragraphs being written sit in: list depth, quote, and a list number not yet shown. */
interface Place {
	depth: number;
	quote: boolean;
	pending: { reference: string; instance: number } | null;
}

class Writer {
	/** The body written so far: paragraphs and tables. */
	readonly body: (Paragraph | Table)[] = [];
	/** The start numbers of ordered lists: each gets a numbering definition restarting there. */
	readonly starts = new Set<number>();
	private instances = 0;

	constructor(
		private readonly bidirectional: boolean,
		private readonly anchors: CommentAnchors | null = null
	) {}

	paragraph(runs: readonly Run[], place: Place, options: IParagraphOptions = {}): void {
		if (textOf(runs).trim() === '') return;
		const item = place.pending;
		place.pending = null;
		const indent = STEP * (place.depth + (place.quote ? 1 : 0));
		this.body.push(
			new Paragraph({
				...options,
				children: this.children(runs, place.quote),
				bidirectional: this.bidirectional,
				...(item
					? { numbering: { ...item, level: Math.min(place.depth - 1, 8) } }
					: indent > 0
						? { indent: { left: indent } }
						: {})
			})
		);
	}

	children(runs: readonly Run[], italic: boolean): ParagraphChild[] {
		const result: ParagraphChild[] = [];
		for (let i = 0; i < runs.length;) {
			const href = runs[i]?.href;
			let end = i + 1;
			// A link's runs go in one hyperlink; other runs one by one (a comment may start at any).
			while (href && end < runs.length && runs[end]?.href === href) end++;
			const textRuns = runs.slice(i, end).map((run) =>
				run.lineBreak
					? new TextRun({ break: 1 })
					: new TextRun({
							text: clean(run.text),
							// Only marks that are on: an explicit "off" would override the style's own.
							...(run.bold ? { bold: true } : {}),
							...(run.italic || italic ? { italics: true } : {}),
							...(href ? { style: 'Hyperlink' } : {})
						})
			);
			const group = runs.slice(i, end);
			result.push(...(this.anchors?.before(group) ?? []));
			if (href) result.push(new ExternalHyperlink({ link: href, children: textRuns }));
			else result.push(...textRuns);
			result.push(...(this.anchors?.after(group) ?? []));
			i = end;
		}
		return result;
	}

	blocks(list: readonly Block[], place: Place): void {
		for (const block of list) {
			switch (block.type) {
				case 'heading':
					this.paragraph(block.runs, place, { heading: HEADINGS[block.level], keepNext: true });
					break;
				case 'paragraph':
					this.paragraph(block.runs, place);
					break;
				case 'list': {
					if (block.ordered) this.starts.add(block.start);
					const reference = block.ordered ? `ordered-${block.start}` : 'bullets';
					const instance = ++this.instances;
					for (const item of block.items) {
						const inner = { ...place, depth: place.depth + 1, pending: { reference, instance } };
						this.blocks(item, inner);
					}
					break;
				}
				case 'quote':
					this.blocks(block.blocks, { ...place, quote: true, pending: null });
					break;
				case 'table': {
					const table = docxTable(block.rows, {
						bidirectional: this.bidirectional,
						children: (runs) => this.children(runs, false)
					});
					if (table) this.body.push(table);
					break;
				}
			}
		}
	}

	numbering(): INumberingOptions {
		return {
			config: [
				{ reference: 'bullets', levels: levels('bullet', 1) },
				...[...this.starts].map((start) => ({
					reference: `ordered-${start}`,
					levels: levels('decimal', start)
				}))
			]
		};
	}
}

/** Exports one document as a Word file: title, header block, then the text with real styles. */
export async function exportDocx(
	document: ExportDocument,
	labels: ExportLabels
): Promise<Uint8Array> {
	const rtl = isRightToLeft(document.language);
	const threads = document.comments?.threads ?? [];
	const anchors = threads.length > 0 ? new CommentAnchors(threads, document.blocks) : null;
	const writer = new Writer(rtl, anchors);
	const title = clean(document.title);
	const header = headerLines(document, labels).map(
		([label, value], index, all) =>
			new Paragraph({
				// The header's words are the reader's; their direction is theirs, not the text's.
				bidirectional: labels.language ? isRightToLeft(labels.language) : rtl,
				thematicBreak: index === all.length - 1,
				children: [
					new TextRun({ text: `${clean(label)}: `, bold: true }),
					new TextRun(clean(value))
				]
			})
	);
	writer.blocks(document.blocks, { depth: 0, quote: false, pending: null });
	let comments: ReturnType<typeof wordComments> | undefined;
	if (anchors) {
		// A passage whose last words were in a paragraph left out (blank) still ends somewhere.
		const open = anchors.unended();
		if (open.length > 0) writer.body.push(new Paragraph({ children: open }));
		const unanchored = threads.filter((thread) => !anchors.started.has(thread.id));
		writer.blocks(commentsAppendix(unanchored, document.comments!.heading), {
			depth: 0,
			quote: false,
			pending: null
		});
		comments = wordComments(anchors, threads, rtl);
	}
	const language = clean(document.language);
	const eastAsian = /^(zh|ja|ko)\b/i.test(language);
	const file = new Document({
		title,
		creator: 'Concord',
		lastModifiedBy: 'Concord',
		styles: {
			default: {
				document: {
					run: {
						language: {
							value: language,
							...(eastAsian ? { eastAsia: language } : {}),
							...(rtl ? { bidirectional: language } : {})
						}
					}
				}
			}
		},
		numbering: writer.numbering(),
		...(comments ? { comments } : {}),
		sections: [
			{
				properties: { page: { margin: { top: 1134, right: 1134, bottom: 1134, left: 1134 } } },
				children: [
					new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: rtl, text: title }),
					...header,
					...writer.body
				]
			}
		]
	});
	return new Uint8Array(await Packer.toArrayBuffer(file));
}
