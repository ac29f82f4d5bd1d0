import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ListItem, PhrasingContent, Root } from 'mdast';
import { formatExportDate, type ExportLabels } from './labels';
import { exportMarkdown, markdownOf } from './markdown';
import type { ExportDocument } from '../read-model/model';
import { safeFileName } from './file-names';

export { safeFileName };

/*
 * The whole workspace as one zip of Markdown files, numbered in sidebar order, with a README that
 * lists them. File names come from titles and must be safe on every system the zip is opened on.
 */

/** One name per title, in order; a name that is already taken gets -2, -3 and so on. */
function uniqueNames(titles: readonly string[]): string[] {
	const taken = new Set<string>();
	return titles.map((title) => {
		const base = safeFileName(title);
		let name = base;
		for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
		taken.add(name);
		return name;
	});
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

function readme(
	documents: readonly ExportDocument[],
	files: readonly string[],
	labels: ExportLabels
): string {
	const first = documents[0];
	const entries = documents.map((document, index): ListItem => ({
		type: 'listItem',
		spread: false,
		children: [
			{
				type: 'paragraph',
				children: [
					{
						type: 'link',
						url: files[index] ?? '',
						children: [text(document.title || (files[index] ?? ''))]
					},
					...(document.versionLabel ? [text(` (${document.versionLabel})`)] : [])
				]
			}
		]
	}));
	const root: Root = { type: 'root', children: [] };
	if (first) {
		const exported = formatExportDate(first.exportedAt, labels.language ?? first.language);
		root.children.push(
			{ type: 'heading', depth: 1, children: [text(first.workspaceName)] },
			{
				type: 'paragraph',
				children: [
					{ type: 'strong', children: [text(`${labels.exported}:`)] },
					text(` ${exported}`)
				]
			}
		);
	}
	root.children.push(
		{ type: 'heading', depth: 2, children: [text(labels.document)] },
		{ type: 'list', ordered: true, start: 1, spread: false, children: entries }
	);
	return markdownOf(root);
}

/** Exports documents as one zip: `NN-<name>.md` per document in order, plus a README listing them. */
export function exportMarkdownBundle(
	documents: readonly ExportDocument[],
	labels: ExportLabels
): Uint8Array {
	const width = Math.max(2, String(documents.length).length);
	const names = uniqueNames(documents.map((document) => document.title));
	const files = names.map((name, index) => `${String(index + 1).padStart(width, '0')}-${name}.md`);
	const mtime = documents[0]?.exportedAt ?? new Date(0);
	const entries: Zippable = { 'README.md': strToU8(readme(documents, files, labels)) };
	documents.forEach((document, index) => {
		entries[files[index]!] = strToU8(exportMarkdown(document, labels));
	});
	return zipSync(entries, { mtime: Math.max(mtime.getTime(), Date.UTC(1980, 0, 2)) });
}
