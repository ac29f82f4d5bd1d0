import { unzipSync, strFromU8 } from 'fflate';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';

/** A link target a reader may follow: web and e-mail addresses, and places within the page. */
export function isSafeTarget(url: string): boolean {
	return /^(https?:|mailto:|#)/i.test(url.trim());
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
	visit(node);
	if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

/**
 * What a Markdown renderer could make executable of an export: raw HTML, and link, image or
 * definition targets that are not web or e-mail addresses. Empty when the export is inert.
 */
export function executableInMarkdown(markdown: string): string[] {
	const tree = fromMarkdown(markdown, {
		extensions: [gfmTable()],
		mdastExtensions: [gfmTableFromMarkdown()]
	});
	const found: string[] = [];
	walk(tree, (node) => {
		if (node.type === 'html') found.push(`raw HTML ${node.value}`);
		if (node.type === 'image') found.push(`image ${node.url}`);
		if ((node.type === 'link' || node.type === 'definition') && !isSafeTarget(node.url)) {
			found.push(`${node.type} ${node.url}`);
		}
	});
	return found;
}

/**
 * What a Word processor could act on in a DOCX export: external relationships (hyperlinks, images)
 * whose targets are not web or e-mail addresses, and markup that escaped into the document XML.
 */
export function executableInDocx(bytes: Uint8Array): string[] {
	const files = unzipSync(bytes);
	const found: string[] = [];
	for (const [name, data] of Object.entries(files)) {
		const xml = strFromU8(data);
		if (name.endsWith('.rels')) {
			for (const [, target] of xml.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/g)) {
				if (target !== undefined && !isSafeTarget(target.replaceAll('&amp;', '&')))
					found.push(`${name}: ${target}`);
			}
		}
		if (name.endsWith('.xml')) {
			for (const [tag] of xml.matchAll(/<(script|img|svg|iframe|object|embed|style)\b[^>]*>/gi)) {
				found.push(`${name}: ${tag}`);
			}
		}
	}
	return found;
}
