/**
 * Workspaces the load figures open, built with the document layer and handed to the app as a
 * `.concord` file, the way a person opens one: a 100-page charter, and a charter holding the real
 * editing trace with its whole history.
 */
import type { Page } from '@playwright/test';
import * as Y from 'yjs';
import {
	createWorkspaceDoc,
	documentBody,
	documentOrder,
	initializeWorkspace,
	lineAttributes,
	newMemberId,
	plainTextOf,
	type DocumentId
} from '../../../src/lib/doc';
import { deriveWorkspaceKeys } from '../../../src/lib/sync/keys';
import { encodeWorkspaceFile } from '../../../src/lib/workspace/concord-file/format';
import { loadEditingTrace } from '../../support/editing-trace';

const PARAGRAPH_END = lineAttributes({ block: 'paragraph', wrap: [] });

/** A new workspace document and its charter's body. */
function newWorkspace(name: string): { doc: Y.Doc; charter: Y.Text } {
	const doc = createWorkspaceDoc();
	initializeWorkspace(doc, {
		name,
		locale: 'en',
		now: Date.UTC(2026, 0, 1),
		creator: { id: newMemberId(), name: 'Amina', colour: '#1f5f5b' }
	});
	const id = documentOrder(doc).get(0) as DocumentId;
	return { doc, charter: documentBody(doc, id)! };
}

/** Types `text` at `pos` as the editor does: each "\n" is Enter, a line end with a paragraph's format. */
function typeInto(body: Y.Text, pos: number, text: string): void {
	let at = pos;
	text.split('\n').forEach((part, i) => {
		if (i > 0) body.insert(at++, '\n', PARAGRAPH_END);
		if (part) body.insert(at, part);
		at += part.length;
	});
}

/** A charter of about 100 pages (3,000 words a page would be far more; 40 lines of 80 characters). */
export function hundredPageWorkspace(): Y.Doc {
	const { doc, charter } = newWorkspace('Hundred pages');
	const line = 'Members answer every complaint within thirty days and say what they changed. ';
	const pages = Array.from({ length: 100 }, (_, p) =>
		Array.from({ length: 20 }, (_, l) => `${p + 1}.${l + 1} ${line}${line}`).join('\n')
	);
	doc.transact(() => typeInto(charter, 0, pages.join('\n') + '\n'));
	return doc;
}

/**
 * A charter that is the real editing trace (its first `count` transactions), one transaction per
 * keystroke, history kept.
 */
export function traceWorkspace(count = Infinity): {
	doc: Y.Doc;
	transactions: number;
	real: boolean;
} {
	const { doc, charter } = newWorkspace('Trace');
	const trace = loadEditingTrace();
	const txns = trace.txns.slice(0, count);
	for (const txn of txns) {
		doc.transact(() => {
			for (const [pos, del, ins] of txn.patches) {
				if (del) charter.delete(pos, del);
				if (ins) typeInto(charter, pos, ins);
			}
		});
	}
	return { doc, transactions: txns.length, real: trace.real };
}

/** The charter's text as HTML paragraphs, what the plain editor baseline is given. */
export function charterHtml(doc: Y.Doc): string {
	const id = documentOrder(doc).get(0) as DocumentId;
	const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	return plainTextOf(documentBody(doc, id)!)
		.split('\n')
		.map((line) => `<p>${escape(line)}</p>`)
		.join('');
}

/** Opens `doc` in the app as a `.concord` file with a new invite key, and waits for its charter. */
export async function openAsFile(page: Page, doc: Y.Doc): Promise<void> {
	const key = globalThis.crypto.getRandomValues(new Uint8Array(32));
	const bytes = await encodeWorkspaceFile(doc, {
		workspaceId: (await deriveWorkspaceKeys(key)).workspaceId,
		key,
		signaling: [],
		savedAt: new Date()
	});
	await page.goto('/');
	const [chooser] = await Promise.all([
		page.waitForEvent('filechooser'),
		page.getByRole('button', { name: 'Open workspace file' }).click()
	]);
	await chooser.setFiles({
		name: 'bench.concord',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(bytes)
	});
	await page.getByRole('link', { name: 'Charter' }).first().click();
	await page.getByRole('textbox', { name: 'Charter' }).waitFor({ timeout: 120_000 });
}
