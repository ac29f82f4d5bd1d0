import type { Browser, Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SyncCopy, SyncUnderTest } from '../../src/lib/workspace/ports/sync-contract';
import { SYNC_CONTRACT, type Expect } from '../../src/lib/workspace/ports/sync-contract';
import { expect, test } from './fixtures';
import { newPeer, webrtcBytesReceived } from './peers';
import { buildHarness, HARNESS_BASE } from './sync-harness/build';

/*
 * The sync contract (`sync-contract.ts`) against the app's WebRTC sync: each copy in a browser
 * context of its own (no BroadcastChannel between them), meeting through the app server's real
 * signaling relay over loopback. The harness page is served from a loopback server of the
 * test's own (a page the browser did not fetch from a local address may not reach one).
 */

const PAGE = `<!doctype html><meta charset="utf-8"><title>Sync contract</title>
<script type="module" src="${HARNESS_BASE}harness.js"></script>`;

let server: Server;
let harnessOrigin: string;
test.beforeAll(async () => {
	const files = await buildHarness();
	server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		const name = path.slice(HARNESS_BASE.length);
		const body = name === 'page' ? PAGE : files.get(name);
		if (!path.startsWith(HARNESS_BASE) || body === undefined) return response.writeHead(404).end();
		response.writeHead(200, {
			'content-type': name === 'page' ? 'text/html' : 'text/javascript'
		});
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	harnessOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Opens one copy in a browser context of its own, in the given room. */
async function openCopy(
	browser: Browser,
	baseURL: string,
	room: { roomName: string; roomPassword: string },
	pages: Page[]
): Promise<SyncCopy> {
	const { page } = await newPeer(browser, harnessOrigin);
	await page.goto(`${HARNESS_BASE}page`);
	await page.waitForFunction(() => typeof window.openCopy === 'function');
	const signaling = [`${baseURL.replace(/^http/, 'ws')}/signal`];
	await page.evaluate((options) => window.openCopy(options), { ...room, signaling });
	pages.push(page);
	const call =
		<K extends keyof SyncCopy>(name: K) =>
		(...args: Parameters<SyncCopy[K]>) =>
			page.evaluate(
				([name, args]) =>
					(window.copy![name] as (...a: unknown[]) => Promise<unknown>)(...(args as unknown[])),
				[name, args] as const
			) as ReturnType<SyncCopy[K]>;
	return {
		write: call('write'),
		read: call('read'),
		status: call('status'),
		statusesSeen: call('statusesSeen'),
		arrivals: call('arrivals'),
		ownChangeLooksRemote: call('ownChangeLooksRemote'),
		setOnline: call('setOnline'),
		destroy: call('destroy')
	};
}

for (const { name, run } of SYNC_CONTRACT) {
	test(`the WebRTC sync: ${name}`, async ({ browser, baseURL }) => {
		const pages: Page[] = [];
		const room = {
			roomName: `contract-${randomBytes(8).toString('hex')}`,
			roomPassword: randomBytes(16).toString('hex')
		};
		// The most bytes any copy had received over WebRTC, looked at whenever the case waits.
		let overWebRtc = 0;
		const under: SyncUnderTest = {
			pair: async () => [
				await openCopy(browser, baseURL!, room, pages),
				await openCopy(browser, baseURL!, room, pages)
			],
			until: async (check, what) => {
				await expect.poll(check, { message: `waiting for ${what}`, timeout: 20_000 }).toBe(true);
				for (const page of pages)
					overWebRtc = Math.max(overWebRtc, await webrtcBytesReceived(page));
			},
			// Over loopback a message lands in a few milliseconds; this leaves it a second.
			quiet: () => new Promise((resolve) => setTimeout(resolve, 1000))
		};
		try {
			await run(under, expect as unknown as Expect);
			// What the copies exchanged travelled over WebRTC: separate contexts share nothing else.
			expect(overWebRtc).toBeGreaterThan(0);
		} finally {
			for (const page of pages) await page.context().close();
		}
	});
}
