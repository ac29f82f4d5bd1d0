import { afterEach, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createEditor } from './create-editor';
import { sanitizePastedHtml } from './paste';
import type { Editor } from '@tiptap/core';

/** Two members' copies of one document, each change delivered to the other at once. */
function connectedPair(): [Y.Doc, Y.Doc] {
	const a = new Y.Doc({ gc: false });
	const b = new Y.Doc({ gc: false });
	a.on('update', (u: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, u, a));
	b.on('update', (u: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, u, b));
	return [a, b];
}

const mounted: { editor: Editor; element: HTMLElement }[] = [];
function mount(doc: Y.Doc, label: string, awareness?: Awareness): Editor {
	const element = document.createElement('div');
	document.body.append(element);
	const presence = awareness && {
		awareness,
		user: { name: 'Amina', color: '#1f6feb' },
		caretLabel: (name: string) => `${name} is writing here`
	};
	const editor = createEditor({ element, body: doc.getText('body'), label, presence });
	mounted.push({ editor, element });
	return editor;
}

afterEach(() => {
	for (const { editor, element } of mounted.splice(0)) {
		editor.destroy();
		element.remove();
	}
});

describe('the editor', () => {
	it('is a textbox named by its document title', () => {
		const editor = mount(new Y.Doc(), 'Charter');
		expect(editor.view.dom.getAttribute('role')).toBe('textbox');
		expect(editor.view.dom.getAttribute('aria-label')).toBe('Charter');
		expect(editor.view.dom.getAttribute('aria-multiline')).toBe('true');
	});

	it('undoes only the changes of the person who asks, never another member’s', () => {
		const [docA, docB] = connectedPair();
		const a = mount(docA, 'Charter');
		const b = mount(docB, 'Charter');
		a.commands.insertContent('Alice wrote this. ');
		b.commands.focus('end');
		b.commands.insertContent('Bob wrote that.');
		expect(a.getText()).toBe('Alice wrote this. Bob wrote that.');

		a.commands.undo();
		expect(a.getText()).toBe('Bob wrote that.');
		expect(b.getText()).toBe('Bob wrote that.');
		expect(b.can().undo()).toBe(true);
		a.commands.redo();
		expect(b.getText()).toBe('Alice wrote this. Bob wrote that.');
	});

	it('sends a caret that moves with every keystroke now and then, and always its last place, focus gone or not', async () => {
		const doc = new Y.Doc();
		const awareness = new Awareness(doc);
		const editor = mount(doc, 'Charter', awareness);
		editor.view.focus();
		await new Promise((resolve) => requestAnimationFrame(resolve));
		const sent: unknown[] = [];
		const typed = 'Nothing about us without us.';
		awareness.on('update', () => sent.push(awareness.getLocalState()?.cursor));
		for (const letter of typed) editor.commands.insertContent(letter);
		expect(sent.length, 'caret messages while typing 28 letters at once').toBeLessThanOrEqual(1);
		// The person moves on (to the invite dialog, say) before the last place was sent.
		(editor.view.dom as HTMLElement).blur();

		await expect.poll(() => sent.length).toBeGreaterThanOrEqual(1);
		await new Promise((resolve) => setTimeout(resolve, 400));
		const last = sent.at(-1) as { head: unknown };
		const head = Y.createAbsolutePositionFromRelativePosition(
			Y.createRelativePositionFromJSON(last.head),
			doc
		);
		expect(head?.index).toBe(doc.getText('body').toString().indexOf(typed) + typed.length);
		awareness.destroy();
	});

	it('keeps only safe links from pasted content', () => {
		const editor = mount(new Y.Doc(), 'Charter');
		editor.commands.insertContent(
			'<p><a href="javascript:alert(1)">bad</a> and <a href="https://example.org">good</a></p>'
		);
		const html = editor.getHTML();
		expect(html).not.toContain('javascript:');
		expect(html).toContain('href="https://example.org"');
	});
});

describe('pasting', () => {
	it('sanitises pasted HTML before the editor reads it', () => {
		const editor = mount(new Y.Doc(), 'Charter');
		let ran = false;
		(window as unknown as { pasted: () => void }).pasted = () => (ran = true);
		const pasted =
			'<p style="color:red" onclick="pasted()">Kept <img src="x" onerror="pasted()">' +
			'<a href="javascript:pasted()">no link</a> <a href="https://example.org">link</a></p>' +
			'<script>pasted()</script><iframe src="https://tracker.example"></iframe>';
		// The sanitiser itself removes what the editor's schema would otherwise have to ignore.
		expect(sanitizePastedHtml(pasted)).not.toMatch(
			/javascript:|onerror|onclick|style=|<img|<script|<iframe/
		);
		editor.view.pasteHTML(pasted);
		const html = editor.getHTML();
		expect(html).toContain('Kept');
		expect(html).toContain('href="https://example.org"');
		expect(html).not.toMatch(/javascript:|onerror|onclick|style=|<img|<script/);
		expect(ran).toBe(false);
	});
});
