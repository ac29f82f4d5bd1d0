import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServer, listen } from '../../src/server/app-server';
import { chromiumArgs, chromiumExecutable } from '../chromium';
import { createWorkspace, expect, expectSaved, openDocument, test, typeAtEnd } from './fixtures';

const buildDir = fileURLToPath(new URL('../../build', import.meta.url));

test('the home page still lists the workspace after the browser restarts', async ({ baseURL }) => {
	const profile = await mkdtemp(join(tmpdir(), 'concord-profile-'));
	const launch = () =>
		chromium.launchPersistentContext(profile, {
			executablePath: chromiumExecutable,
			args: chromiumArgs,
			baseURL
		});
	try {
		const first = await launch();
		const page = first.pages()[0] ?? (await first.newPage());
		await createWorkspace(page, 'Network of Practice');
		await typeAtEnd(page, 'Charter', 'Written before the restart.');
		await expectSaved(page);
		await first.close();

		const second = await launch();
		const again = second.pages()[0] ?? (await second.newPage());
		await again.goto('/');
		await again.getByRole('link', { name: 'Network of Practice' }).click();
		await openDocument(again, 'Charter');
		await expect(again.getByRole('textbox', { name: 'Charter' })).toContainText(
			'Written before the restart.'
		);
		await second.close();
	} finally {
		await rm(profile, { recursive: true, force: true });
	}
});

test('with the network cut after a first visit, the app opens from its service worker with the text', async ({
	browser
}) => {
	// A server of this test's own, so that the network can really be cut: it is closed below.
	const server = await listen(
		createAppServer({ buildDir, host: '127.0.0.1', port: 0 }),
		'127.0.0.1',
		0
	);
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const context = await browser.newContext({ baseURL: origin });
	try {
		const page = await context.newPage();
		await createWorkspace(page, 'Offline Group');
		await typeAtEnd(page, 'Charter', 'Agreed while the network was up.');
		await expectSaved(page);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) {
				await new Promise((resolve) =>
					navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
				);
			}
		});
		const charterUrl = page.url();

		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
		await context.setOffline(true);
		expect(
			await fetch(origin).then(
				() => 'reachable',
				() => 'unreachable'
			)
		).toBe('unreachable');

		await page.goto(charterUrl);
		await expect(page.getByRole('textbox', { name: 'Charter' })).toContainText(
			'Agreed while the network was up.'
		);
		await page.getByRole('link', { name: /All workspaces/ }).click();
		await expect(page.getByRole('link', { name: 'Offline Group' })).toBeVisible();
	} finally {
		await context.close();
		if (server.listening) server.close();
	}
});

test('the app can be installed: it has a web manifest with icons', async ({ page }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const response = await page.request.get(href!);
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	expect(manifest).toMatchObject({ name: 'Concord', display: 'standalone', start_url: '/' });
	for (const icon of manifest.icons as { src: string }[]) {
		expect((await page.request.get(icon.src)).ok(), icon.src).toBe(true);
	}
});
