import type { Run } from '../../doc';

/** The emphasis and link that apply to the text being read. */
export interface Marks {
	bold?: boolean;
	italic?: boolean;
	href?: string;
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_HREF_LENGTH = 8192;

/** The link target if it is an absolute http(s) or mailto URL, else undefined (text stays unlinked). */
export function safeHref(raw: string | null | undefined): string | undefined {
	const value = raw?.trim() ?? '';
	if (value.length > MAX_HREF_LENGTH || !/^(https?|mailto):/i.test(value)) return undefined;
	try {
		const url = new URL(value);
		return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
	} catch {
		return undefined;
	}
}

// Control characters other than whitespace never reach a document.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** Runs of text with whitespace collapsed to single spaces, merged while their marks agree. */
export class Runs {
	private list: { text: string; marks: Marks }[] = [];

	/** Adds text with marks; whitespace collapses, also across runs. */
	add(text: string, marks: Marks = {}): void {
		let value = text.replace(CONTROL, '').replace(/\s+/g, ' ');
		const last = this.list.at(-1);
		if (!last || last.text.endsWith(' ')) value = value.replace(/^ /, '');
		if (value === '') return;
		const same = last && last.marks.bold === marks.bold && last.marks.italic === marks.italic;
		if (last && same && last.marks.href === marks.href) last.text += value;
		else this.list.push({ text: value, marks });
	}

	/** Adds runs read elsewhere, keeping their marks. */
	addRuns(runs: readonly Run[]): void {
		for (const run of runs) this.add(run.text, marksOf(run));
	}

	/** The runs read so far, trimmed; starts afresh. */
	take(): Run[] {
		const list = this.list;
		this.list = [];
		const last = list.at(-1);
		if (last) last.text = last.text.trimEnd();
		return list
			.filter((run) => run.text !== '')
			.map(({ text, marks }) => ({ text, ...marksOf(marks) }));
	}
}

function marksOf(run: Run | Marks): Marks {
	const marks: Marks = {};
	if (run.bold) marks.bold = true;
	if (run.italic) marks.italic = true;
	if (run.href) marks.href = run.href;
	return marks;
}
