import { afterEach, describe, expect, it, vi } from 'vitest';
import { executableInHtml } from '../../../tests/xss/export-checks';
import { hostileWorkspace } from '../../../tests/xss/hostile-document';
import { SINK, XSS_PAYLOADS, marker } from '../../../tests/xss/payloads';
import { createEditor } from './create-editor';

const element = document.createElement('div');
afterEach(() => element.replaceChildren());

describe('the editor showing what a hostile member wrote straight into Yjs', () => {
	it('shows every payload as text and renders nothing that can run or fetch', async () => {
		const sink = vi.fn();
		(window as unknown as Record<string, unknown>)[SINK] = sink;
		document.body.append(element);
		const { body } = hostileWorkspace();
		const editor = createEditor({ element, body, label: 'Hostile' });
		// Give broken images and autofocus a moment to fire, if anything rendered them.
		await new Promise((resolve) => setTimeout(resolve, 300));
		const text = editor.view.dom.textContent ?? '';
		expect(XSS_PAYLOADS.filter((p) => !text.includes(marker(p))).map((p) => p.id)).toEqual([]);
		const rendered = document.implementation.createHTMLDocument('');
		rendered.body.innerHTML = editor.view.dom.innerHTML;
		expect(executableInHtml(rendered)).toEqual([]);
		expect(sink).not.toHaveBeenCalled();
		editor.destroy();
	});
});
