import * as Y from 'yjs';
import {
	NODE,
	addDocument,
	createWorkspaceDoc,
	documentBody,
	writeInitialMeta,
	type DocumentId
} from '../../src/lib/doc';
import { XSS_PAYLOADS, marker } from './payloads';

/**
 * A workspace as a hostile member could write it with Yjs directly, past every editor and importer:
 * every payload as a document title, as text, as a link target, and as the workspace name, plus
 * nodes, attributes and marks that the editor's schema does not have.
 */
export function hostileWorkspace(): { doc: Y.Doc; id: DocumentId; body: Y.XmlFragment } {
	const doc = createWorkspaceDoc();
	writeInitialMeta(doc, XSS_PAYLOADS[0]!.text, 'en', 0);
	const id = addDocument(doc, {
		title: XSS_PAYLOADS[1]!.text,
		kind: 'notes',
		now: 0,
		blocks: XSS_PAYLOADS.flatMap((p) => [
			{ type: 'paragraph' as const, content: [marker(p)] },
			{ type: 'heading' as const, level: 2 as const, text: p.text },
			{
				type: 'paragraph' as const,
				content: [p.text, ' ', { text: `link ${p.id}`, href: p.text.trim() }]
			}
		])
	});
	const body = documentBody(doc, id)!;
	doc.transact(() => {
		const strange: Y.XmlElement[] = [];
		for (const name of ['script', 'img', 'iframe', 'svg', 'a']) {
			const node = new Y.XmlElement(name);
			node.setAttribute('src', 'https://attacker.test/node');
			node.setAttribute('onerror', '__xss(1000)');
			node.setAttribute('href', 'javascript:__xss(1001)');
			node.insert(0, [new Y.XmlText('__xss(1002)')]);
			strange.push(node);
		}
		const paragraph = new Y.XmlElement(NODE.paragraph);
		paragraph.setAttribute('onclick', '__xss(1003)');
		paragraph.setAttribute('style', 'background:url(https://attacker.test/style)');
		const text = new Y.XmlText();
		text.insert(0, 'strange marks', {
			link: { href: 'javascript:__xss(1004)', onclick: '__xss(1005)', target: '_self' },
			bold: { onmouseover: '__xss(1006)' },
			script: {}
		});
		paragraph.insert(0, [text]);
		const heading = new Y.XmlElement(NODE.heading);
		heading.setAttribute('level', '1 onclick=__xss(1007)' as unknown as string);
		heading.insert(0, [new Y.XmlText('strange heading')]);
		body.insert(body.length, [...strange, paragraph, heading]);
	});
	return { doc, id, body };
}
