import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromiumArgs, chromiumExecutable } from '../chromium';

/**
 * A Chromium this test started itself, on a profile directory that outlives it, so that the test
 * can kill its process the hard way (SIGKILL: no shutdown, no flush) and start it again.
 */
export interface CrashableBrowser {
	browser: Browser;
	/** The profile's one browser context (its IndexedDB is on disk, in the profile). */
	context: BrowserContext;
	/** The page the browser opened with. */
	page: Page;
	/** Kills the browser process with SIGKILL and waits until it is gone. */
	kill(): Promise<void>;
	/** Closes the browser gracefully. */
	close(): Promise<void>;
}

const DEVTOOLS_LINE = /DevTools listening on (ws:\/\/\S+)/;

function exited(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Launches headless Chromium on `profile` and connects to it over the DevTools protocol. */
export async function launchCrashable(profile: string): Promise<CrashableBrowser> {
	const child = spawn(
		chromiumExecutable,
		[
			...chromiumArgs,
			'--headless',
			`--user-data-dir=${profile}`,
			'--remote-debugging-port=0',
			'about:blank'
		],
		// Its own process group, so that what is left of it (renderers) can be ended with it.
		{ detached: true, stdio: ['ignore', 'ignore', 'pipe'] }
	);
	const endpoint = await new Promise<string>((resolve, reject) => {
		let seen = '';
		const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 30_000);
		child.stderr!.on('data', (chunk: Buffer) => {
			seen += chunk.toString();
			const match = DEVTOOLS_LINE.exec(seen);
			if (match) {
				clearTimeout(timer);
				resolve(match[1]!);
			}
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`Chromium exited (${code}) before it started: ${seen}`));
		});
	});
	child.stderr!.resume();
	const browser = await chromium.connectOverCDP(endpoint);
	const context = browser.contexts()[0]!;
	const page = context.pages()[0] ?? (await context.newPage());
	const pid = child.pid!;
	return {
		browser,
		context,
		page,
		async kill() {
			process.kill(pid, 'SIGKILL');
			await exited(child);
			// The renderers and helpers it started go with it (they would exit on their own).
			try {
				process.kill(-pid, 'SIGKILL');
			} catch {
				// Already gone.
			}
		},
		async close() {
			await browser.close().catch(() => undefined);
			try {
				process.kill(-pid, 'SIGTERM');
			} catch {
				// Already gone.
			}
			await exited(child);
		}
	};
}
