import { unzipSync, strFromU8 } from 'fflate';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';

/**
 * A link target that cannot run anything: a web or e-mail address, or one without a scheme (a
 * place in the same page or site). Browsers ignore control characters and spaces inside a
 * scheme, so they are ignored here too.
 */
export function isSafeTarget(url: string): boolean {
	// eslint-disable-next-line no-control-regex
	const bare = url.replace(/[\u0000-\u0020]/g, '');
	return !/^[a-z][a-z0-9+.-]*:/i.test(bare) || /^(https?|mailto):/i.test(bare);
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

/**
 * What a browser could run or fetch on its own in an HTML export, read with a DOM that runs
 * nothing: scripts, frames, plugins, handlers, styles with URLs, and links or sources that are not
 * web or e-mail addresses. The export's own head (charset, viewport, print styles) is allowed.
 */
export function executableInHtml(page: Document): string[] {
	const found: string[] = [];
	for (const el of page.querySelectorAll('*')) {
		const tag = el.tagName.toLowerCase();
		const inHead = el.closest('head') !== null;
		// The editor's own placeholder after a line break at the end of a block: no source, inert.
		const separator = tag === 'img' && el.classList.contains('ProseMirror-separator');
		if (separator && el.attributes.length === 2 && el.hasAttribute('alt')) continue;
		if (/^(script|iframe|frame|object|embed|base|link|img|svg|math|form|portal)$/.test(tag)) {
			found.push(tag);
		}
		if (tag === 'meta' && !inHead) found.push('meta');
		if (tag === 'style' && (!inHead || /url\(|@import/i.test(el.textContent ?? ''))) {
			found.push('style');
		}
		for (const { name, value } of el.attributes) {
			// The editor's table sizes its columns itself; a number of pixels fetches and runs nothing.
			const sizing = /^(table|col)$/.test(tag) && /^(min-)?width: \d+px;$/.test(value);
			if (name === 'style' && sizing) continue;
			if (/^on/i.test(name) || /^(srcdoc|formaction|ping|style|src|srcset)$/i.test(name)) {
				found.push(`${tag}[${name}=${value}]`);
			}
			if (name === 'href' && !isSafeTarget(value)) found.push(`${tag}[href=${value}]`);
		}
	}
	return found;
}
