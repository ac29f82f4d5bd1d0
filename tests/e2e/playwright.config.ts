import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumExecutable } from '../chromium';

/** The port the suite serves the app on (the same server `npm start` runs). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4399);
const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
	testDir: '.',
	outputDir: './.output',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: true,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${E2E_PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
		// Without it Chromium hides local addresses and WebRTC finds no route over loopback.
		permissions: ['microphone'],
		trace: 'retain-on-failure'
	},
	webServer: {
		command: `node node_modules/tsx/dist/cli.mjs src/server/start.ts --port ${E2E_PORT}`,
		cwd: root,
		url: `http://127.0.0.1:${E2E_PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 240_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
