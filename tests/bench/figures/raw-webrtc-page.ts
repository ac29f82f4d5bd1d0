/**
 * The baseline for sync figures: a tiny page holding a bare `Y.Doc` with one `Y.Text` on raw
 * y-webrtc, bundled from the project's own dependencies when the bench runs and served on the
 * app's origin, so it uses the same relay at `/signal`.
 */
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { projectRoot } from '../suite/stage';

const ENTRY = `
import * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc';
window.openRoom = (room, password, signal) => {
	const doc = new Y.Doc();
	const text = doc.getText('body');
	const shown = document.createElement('div');
	shown.id = 'shown';
	document.body.replaceChildren(shown);
	text.observe(() => { shown.textContent = text.toString(); });
	const provider = new WebrtcProvider(room, doc, {
		signaling: [signal], password, peerOpts: { config: { iceServers: [] } }
	});
	window.raw = { doc, text, provider };
};
`;

let bundled: Promise<string> | undefined;

/** The page's script, bundled once per run. */
function script(): Promise<string> {
	bundled ??= build({
		stdin: { contents: ENTRY, resolveDir: projectRoot, loader: 'js' },
		bundle: true,
		format: 'iife',
		platform: 'browser',
		minify: true,
		write: false
	}).then((result) => result.outputFiles[0]!.text);
	return bundled;
}

/**
 * Turns `page` into the baseline page: it opens a small static file of the app (so the page
 * counts as loopback, like the app, for Chromium's local network checks) and adds the script.
 * The page's context needs `bypassCSP`, since the app's policy forbids inline scripts.
 */
export async function openRawPage(page: Page): Promise<void> {
	await page.goto('/robots.txt');
	await page.addScriptTag({ content: await script() });
}
