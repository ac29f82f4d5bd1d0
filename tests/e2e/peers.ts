import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test as base } from './fixtures';

/**
 * Records every RTCPeerConnection a page makes, so a test can prove that data travelled over
 * WebRTC (separate browser contexts share no BroadcastChannel, so there is no other way).
 */
const RECORD_PEER_CONNECTIONS = () => {
	const Original = window.RTCPeerConnection;
	const connections: RTCPeerConnection[] = [];
	(window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections = connections;
	window.RTCPeerConnection = class extends Original {
		constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
			super(...args);
			connections.push(this);
		}
	};
};

/**
 * One member's browser: a context of its own (own storage, own network stack), optionally with
 * the languages its person prefers (`locale`, as the browser tells pages).
 */
export async function newPeer(
	browser: Browser,
	baseURL: string,
	options: { locale?: string; viewport?: { width: number; height: number } } = {}
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ baseURL, permissions: ['microphone'], ...options });
	await context.addInitScript(RECORD_PEER_CONNECTIONS);
	const page = await context.newPage();
	const log: string[] = [];
	appLogs.push(log);
	const started = Date.now();
	page.on('console', (message) => {
		const text = message.text();
		if (text.startsWith('Concord:') && log.length < 200) {
			log.push(`${((Date.now() - started) / 1000).toFixed(1)} s ${text}`);
		}
	});
	return { context, page };
}

/** What the app itself warned about, one list per member's page of the running test. */
const appLogs: string[][] = [];

/** One member's browser in a test. */
export interface Member {
	context: BrowserContext;
	page: Page;
}

async function memberFixture(
	{ browser, baseURL }: { browser: Browser; baseURL: string | undefined },
	use: (member: Member) => Promise<void>
) {
	const member = await newPeer(browser, baseURL!);
	const errors: Error[] = [];
	member.context.on('weberror', (e) => errors.push(e.error()));
	await use(member);
	await member.context.close();
	expect(errors, 'uncaught errors in the page').toEqual([]);
}

/**
 * The suite's `test` with members, each in a browser context of their own, closed afterwards.
 * When a test fails, what the app warned about on each member's page is printed with it.
 */
export const test = base.extend<{ amina: Member; bea: Member; chidi: Member; appLog: void }>({
	appLog: [
		// Playwright reads which fixtures a fixture needs from this pattern; this one needs none.
		// eslint-disable-next-line no-empty-pattern
		async ({}, use, testInfo) => {
			appLogs.length = 0;
			await use();
			if (testInfo.status === testInfo.expectedStatus) return;
			appLogs.forEach((log, i) => {
				if (log.length > 0) console.log(`the app on page ${i + 1} warned:\n  ${log.join('\n  ')}`);
			});
		},
		{ auto: true }
	],
	amina: memberFixture,
	bea: memberFixture,
	chidi: memberFixture
});

/** Bytes this page received over WebRTC data channels. */
export async function webrtcBytesReceived(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const connections =
			(window as unknown as { __peerConnections?: RTCPeerConnection[] }).__peerConnections ?? [];
		let bytes = 0;
		for (const pc of connections) {
			(await pc.getStats()).forEach((report: { type: string; bytesReceived?: number }) => {
				if (report.type === 'data-channel') bytes += report.bytesReceived ?? 0;
			});
		}
		return bytes;
	});
}

/** Opens the invite dialog and reads the link, as a facilitator would before sending it. */
export async function readInviteLink(page: Page): Promise<string> {
	await page.getByRole('button', { name: 'Invite' }).click();
	const dialog = page.getByRole('dialog', { name: 'Invite someone to this workspace' });
	const link = await dialog.getByRole('textbox', { name: 'Invite link' }).inputValue();
	await expect(dialog.getByRole('img', { name: 'QR code of the invite link' })).toBeVisible();
	await dialog.getByRole('button', { name: 'Done' }).click();
	return link;
}

/** Opens an invite link and joins with a name, then waits for the charter to arrive. */
export async function joinByLink(page: Page, link: string, name: string): Promise<void> {
	await page.goto(link);
	await page.getByRole('textbox', { name: 'Your name' }).fill(name);
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page.getByRole('textbox', { name: 'Charter' })).toBeVisible({ timeout: 20_000 });
}

/** Sets the name this browser shows to others, in the settings, before creating a workspace. */
export async function setMyName(page: Page, name: string): Promise<void> {
	await page.goto('/settings');
	await page.getByRole('textbox', { name: 'Your name' }).fill(name);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
}

/** The text of a document as its readers see it, without the others' caret labels. */
export async function documentText(page: Page, title: string): Promise<string> {
	return page.getByRole('textbox', { name: title }).evaluate((editor) => {
		const copy = editor.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
		return copy.textContent ?? '';
	});
}

/** The connection status a person reads. */
export function connection(page: Page) {
	return page.getByRole('status').filter({ hasText: /Offline|Looking for peers|Connected to/ });
}

/** Puts the caret at the end of the paragraph holding `text` and types. */
export async function typeAfter(page: Page, title: string, text: string, typed: string) {
	await page.getByRole('textbox', { name: title }).getByText(text).click();
	await page.keyboard.press('End');
	await page.keyboard.type(typed);
}

/** Turns "Work offline" on or off, and waits until the switch says so. */
export async function goOffline(page: Page, offline: boolean): Promise<void> {
	const toggle = page.getByRole('switch', { name: 'Work offline' });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-checked', String(offline));
}

/** One member of a room: their page and the name they joined with. */
export interface RoomMember {
	page: Page;
	name: string;
}

/**
 * Brings everyone in `names` into the workspace behind `link`, each in a browser of their own, and
 * waits until every member, `first` too, is connected to all the others. `close` ends their browsers.
 */
export async function fillRoom(
	browser: Browser,
	baseURL: string,
	link: string,
	first: RoomMember,
	names: string[]
): Promise<{ members: RoomMember[]; close: () => Promise<void> }> {
	const others = await Promise.all(names.map(() => newPeer(browser, baseURL)));
	const close = async () => void (await Promise.all(others.map((o) => o.context.close())));
	try {
		for (const [i, other] of others.entries()) await joinByLink(other.page, link, names[i]!);
		const members = [first, ...others.map((other, i) => ({ page: other.page, name: names[i]! }))];
		const peers = `Connected to ${names.length} peer${names.length === 1 ? '' : 's'}`;
		// Many browsers on a small machine: the wait is for the room to settle, not a figure of speed.
		for (const { page } of members)
			await expect(connection(page)).toHaveText(peers, { timeout: 120_000 });
		return { members, close };
	} catch (error) {
		await close();
		throw error;
	}
}
