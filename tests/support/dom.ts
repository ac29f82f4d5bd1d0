/**
 * A DOM for scripts that run a real editor outside a test runner: jsdom's window, its document and
 * every global of it that Node lacks (Node, KeyboardEvent, getComputedStyle, …). Install it once,
 * before the editor's modules are loaded, in a thread of its own: it changes that thread's globals.
 */
import { JSDOM } from 'jsdom';

/** Makes jsdom's window the global environment of this thread. */
export function installDom(): void {
	const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
	const window = dom.window as unknown as Record<string, unknown>;
	const global = globalThis as Record<string, unknown>;
	for (const key of Object.getOwnPropertyNames(window)) {
		if (key in global && key !== 'navigator') continue;
		let value: unknown;
		try {
			value = window[key];
		} catch {
			continue; // A getter jsdom refuses here (storage of an opaque origin).
		}
		Object.defineProperty(global, key, { configurable: true, writable: true, value });
	}
	global.window = window;
	global.document = window.document;
}
