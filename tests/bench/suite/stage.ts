/**
 * What the suite's figures share: the built app served with the real signaling relay on loopback,
 * one Chromium, and the mode. Each is made on first use and closed once at the end.
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServer, listen } from '../../../src/server/app-server';
import { buildIfNeeded } from '../../../src/server/build-if-needed';
import { attachSignalingRelay, type SignalingRelay } from '../../../src/server/signaling-relay';
import { chromiumArgs, chromiumExecutable } from '../../chromium';
import type { BenchMode } from './figure';

/** The project's root and its build folder. */
export const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const buildDir = join(projectRoot, 'build');

/** The shared parts of one run of the suite. */
export class BenchStage {
	readonly mode: BenchMode;
	#server: Promise<{ server: Server; relay: SignalingRelay; origin: string }> | undefined;
	#browser: Promise<Browser> | undefined;

	constructor(mode: BenchMode) {
		this.mode = mode;
	}

	/** Picks the quick or the full value of a count. */
	pick<T>(quick: T, full: T): T {
		return this.mode === 'quick' ? quick : full;
	}

	/** The served app's origin (built first when the build is stale); its relay is at `/signal`. */
	async origin(): Promise<string> {
		this.#server ??= (async () => {
			buildIfNeeded(projectRoot, buildDir, (line) => console.log(line));
			const app = createAppServer({ buildDir, host: '127.0.0.1', port: 0 });
			const relay = attachSignalingRelay(app, { path: '/signal' });
			const server = await listen(app, '127.0.0.1', 0);
			return {
				server,
				relay,
				origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`
			};
		})();
		return (await this.#server).origin;
	}

	/** The relay's WebSocket address. */
	async relayUrl(): Promise<string> {
		return `${(await this.origin()).replace('http', 'ws')}/signal`;
	}

	/** The shared Chromium. */
	browser(): Promise<Browser> {
		this.#browser ??= chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
		return this.#browser;
	}

	/** A fresh browser profile on the served app, as a separate person would have. */
	async context(): Promise<BrowserContext> {
		const browser = await this.browser();
		return browser.newContext({ baseURL: await this.origin(), serviceWorkers: 'block' });
	}

	/** Closes what was opened. */
	async close(): Promise<void> {
		if (this.#browser) await (await this.#browser).close();
		if (this.#server) {
			const { server, relay } = await this.#server;
			await relay.close();
			server.close();
		}
	}
}
