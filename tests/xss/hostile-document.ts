import type * as Y from 'yjs';
import {
	addDocument,
	createWorkspaceDoc,
	documentBody,
	writeInitialMeta,
	type DocumentId,
	heading,
	paragraph
} from '../../src/lib/doc';
import { XSS_PAYLOADS, marker } from './payloads';

/**
 * A workspace as a hostile member could write it with Yjs directly, past every editor and importer:
 * every payload as a document title, as text, as a link target, and as the workspace name, plus
 * nodes, attributes and marks that the editor's schema does not have.
 */
export function hostileWorkspace(): { doc: Y.Doc; id: DocumentId; body: Y.Text } {
	const doc = createWorkspaceDoc();
	writeInitialMeta(doc, XSS_PAYLOADS[0]!.text, 'en', 0);
	const id = addDocument(doc, {
		title: XSS_PAYLOADS[1]!.text,
		kind: 'notes',
		now: 0,
		blocks: XSS_PAYLOADS.flatMap((p) => [
			paragraph(marker(p)),
			heading(2 as const, p.text),
			paragraph(p.text, ' ', { text: `link ${p.id}`, href: p.text.trim() })
		])
	});
	const body = documentBody(doc, id)!;
	doc.transact(() => {
		// Embeds the editor never writes, as elements with attributes that would run or fetch.
		for (const name of ['script', 'img', 'iframe', 'svg', 'a']) {
			body.insertEmbed(body.length, {
				[name]: { src: 'https://attacker.test/node', onerror: '__xss(1000)' },
				href: 'javascript:__xss(1001)'
			});
			body.insert(body.length, '__xss(1002)\n', { block: name, onclick: '__xss(1003)' });
		}
		body.insert(body.length, 'strange marks', {
			link: 'javascript:__xss(1004)',
			bold: { onmouseover: '__xss(1006)' },
			italic: '__xss(1005)',
			script: {}
		});
		body.insert(body.length, '\n', {
			block: 'paragraph',
			style: 'background:url(https://attacker.test/style)',
			wrap: JSON.stringify([
				['script', '__xss(1008)'],
				['listItem', '" onclick="__xss(1009)']
			])
		});
		body.insert(body.length, 'strange heading', { link: { href: 'javascript:__xss(1010)' } });
		body.insert(body.length, '\n', { block: 'heading', level: '1 onclick=__xss(1007)' });
		body.insert(body.length, 'strange cell', {});
		body.insert(body.length, '\n', {
			block: 'paragraph',
			wrap: JSON.stringify([
				['table', 't1'],
				['tableRow', 'r1'],
				['tableCell', 'c1', { colspan: '2 onclick=__xss(1011)', colwidth: ['__xss(1012)'] }]
			])
		});
		// Text after the last line end, which no editor leaves.
		body.insert(body.length, 'unterminated', { bold: true });
	});
	return { doc, id, body };
}
