import { describe, expect, it } from 'vitest';
import type { Block, Run } from '../rich-text';
import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { sw } from './sw';
import { templateLanguage, templatesIn, type TemplateSet } from './index';

/** Every translated set, by locale. */
const translations: Record<string, TemplateSet> = { fr, es, pt, ar, sw };

/** The marks of a run, as a short tag: b(old), i(talic), l(ink), r (line break). */
function marks(run: Run): string {
	return (
		[run.bold && 'b', run.italic && 'i', run.href !== undefined && 'l', run.lineBreak && 'r']
			.filter(Boolean)
			.join('') || '-'
	);
}

/** A block's structure without its words: types, heading levels and numbers, lists, marks. */
function shape(block: Block): string {
	switch (block.type) {
		case 'heading': {
			const number = /^\d+\./.exec(block.runs[0]?.text ?? '')?.[0] ?? '';
			return `h${block.level} ${number}[${block.runs.map(marks).join(',')}]`;
		}
		case 'paragraph':
			return `p[${block.runs.map(marks).join(',')}]`;
		case 'list':
			return `${block.ordered ? 'ol' : 'ul'}@${block.start}(${block.items
				.map((item) => item.map(shape).join('+'))
				.join('|')})`;
		case 'quote':
			return `quote(${block.blocks.map(shape).join('+')})`;
		case 'table':
			return `table(${block.rows
				.map((row) =>
					row.cells
						.map((cell) => `${cell.header ? 'th' : 'td'}[${cell.runs.map(marks).join(',')}]`)
						.join(',')
				)
				.join('|')})`;
	}
}

/** Every run of a block, nested ones included. */
function runsOf(block: Block): Run[] {
	switch (block.type) {
		case 'heading':
		case 'paragraph':
			return block.runs;
		case 'list':
			return block.items.flat().flatMap(runsOf);
		case 'quote':
			return block.blocks.flatMap(runsOf);
		case 'table':
			return block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.runs));
	}
}

const englishRuns = new Set(
	en.workspace
		.flatMap((doc) => doc.blocks.flatMap(runsOf))
		.map((run) => run.text.trim())
		.filter((text) => text.length > 12)
);

describe('template sets', () => {
	it('has a set for every translated locale, and English for the rest', async () => {
		for (const [lang, set] of Object.entries(translations)) {
			expect(await templatesIn(lang), lang).toBe(set);
			expect(await templatesIn(`${lang}-XX`), `${lang}-XX`).toBe(set);
			expect(set.language).toBe(lang);
			expect(templateLanguage(`${lang}_XX`)).toBe(lang);
		}
		expect(await templatesIn('de')).toBe(en);
		expect(await templatesIn('')).toBe(en);
	});

	for (const [lang, set] of Object.entries(translations)) {
		describe(lang, () => {
			it('has the same kinds, in the same order, as English', () => {
				expect(
					set.workspace.map((doc) => doc.kind),
					`${lang}: document kinds`
				).toEqual(en.workspace.map((doc) => doc.kind));
			});

			it('has a blank title of its own', () => {
				expect(set.blankTitle.trim(), `${lang}: blankTitle`).not.toBe('');
				expect(set.blankTitle, `${lang}: blankTitle`).not.toBe(en.blankTitle);
			});

			en.workspace.forEach((english, index) => {
				const doc = set.workspace[index];
				const where = `${lang}/${english.kind}`;

				it(`${english.kind}: has a title of its own`, () => {
					expect(doc?.title.trim(), `${where}: title`).toBeTruthy();
					expect(doc?.title, `${where}: title`).not.toBe(english.title);
				});

				it(`${english.kind}: has the same blocks as English`, () => {
					const blocks = doc?.blocks ?? [];
					expect(blocks.length, `${where}: number of blocks`).toBe(english.blocks.length);
					english.blocks.forEach((block, at) => {
						const translated = blocks[at];
						expect(translated && shape(translated), `${where}: block ${at + 1}`).toBe(shape(block));
					});
				});

				it(`${english.kind}: leaves no English behind`, () => {
					(doc?.blocks ?? []).forEach((block, at) => {
						for (const run of runsOf(block)) {
							if (run.lineBreak) continue;
							expect(run.text.trim(), `${where}: block ${at + 1}: an empty run`).not.toBe('');
							expect(
								englishRuns.has(run.text.trim()),
								`${where}: block ${at + 1} is still English: “${run.text}”`
							).toBe(false);
						}
					});
				});
			});
		});
	}
});
