import {
	CommentRangeEnd,
	CommentRangeStart,
	CommentReference,
	Paragraph,
	TextRun,
	type ParagraphChild
} from 'docx';
import type { Block, Run } from '../../doc';
import { runsIn } from '../read-model/compare';
import type { ExportComment } from '../read-model/comments-appendix';

/** Characters XML 1.0 cannot hold; a comment may contain them, a Word file may not. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g; // eslint-disable-line no-control-regex
const clean = (text: string) => text.replace(NOT_XML, '');

/**
 * Word comments on the text: each thread's number, where its passage starts (before the first run
 * in it) and ends (after its last), so that Word shows it beside those words.
 */
export class CommentAnchors {
	readonly numbers = new Map<string, number>();
	readonly started = new Set<string>();
	readonly ended = new Set<string>();
	/** How many runs of each thread are still to be written (runs may be copied on the way). */
	readonly #left = new Map<string, number>();

	constructor(threads: readonly ExportComment[], blocks: readonly Block[]) {
		threads.forEach((thread, i) => this.numbers.set(thread.id, i));
		for (const run of runsIn(blocks))
			for (const id of run.threads ?? [])
				if (this.numbers.has(id)) this.#left.set(id, (this.#left.get(id) ?? 0) + 1);
	}

	/** The range starts of threads that begin in `runs`, to go before them. */
	before(runs: readonly Run[]): ParagraphChild[] {
		const starts: ParagraphChild[] = [];
		for (const run of runs)
			for (const id of run.threads ?? []) {
				const n = this.numbers.get(id);
				if (n === undefined || this.started.has(id)) continue;
				this.started.add(id);
				starts.push(new CommentRangeStart(n));
			}
		return starts;
	}

	/** The range ends (and marks) of threads whose passage ends in `runs`, to go after them. */
	after(runs: readonly Run[]): ParagraphChild[] {
		const ends: ParagraphChild[] = [];
		for (const run of runs)
			for (const id of run.threads ?? []) {
				const left = (this.#left.get(id) ?? 0) - 1;
				this.#left.set(id, left);
				if (left > 0 || this.ended.has(id) || !this.started.has(id)) continue;
				this.ended.add(id);
				ends.push(...this.end(id));
			}
		return ends;
	}

	/** The ends of ranges begun but never ended (their last words were left out). */
	unended(): ParagraphChild[] {
		return [...this.started].filter((id) => !this.ended.has(id)).flatMap((id) => this.end(id));
	}

	/** The end of a thread's range and its mark in the text. */
	end(id: string): ParagraphChild[] {
		const n = this.numbers.get(id)!;
		return [new CommentRangeEnd(n), new TextRun({ children: [new CommentReference(n)] })];
	}
}

/** The threads anchored in the text as Word comments, each message a paragraph of its own. */
export function wordComments(
	anchors: CommentAnchors,
	threads: readonly ExportComment[],
	rtl: boolean
) {
	const paragraph = (text: string) => new Paragraph({ bidirectional: rtl, text: clean(text) });
	return {
		children: threads
			.filter((thread) => anchors.started.has(thread.id))
			.map((thread) => ({
				id: anchors.numbers.get(thread.id)!,
				author: clean(thread.messages[0]?.author ?? ''),
				date: thread.messages[0]?.at,
				children: [
					paragraph(thread.subject),
					...(thread.resolved ? [paragraph(thread.resolved)] : []),
					...thread.messages.map(
						(message) =>
							new Paragraph({
								bidirectional: rtl,
								children: [
									new TextRun({
										text: `${clean(message.author)} (${clean(message.when)}): `,
										bold: true
									}),
									new TextRun(clean(message.text))
								]
							})
					)
				]
			}))
	};
}
