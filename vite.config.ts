import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './.config/paraglide.js';
import { chromiumArgs, chromiumExecutable } from './tests/chromium.ts';

/** Vitest's browser mode in the Chromium every browser suite uses. */
function headlessChromium() {
	return {
		enabled: true,
		headless: true,
		screenshotFailures: false,
		provider: playwright({
			launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs }
		}),
		instances: [{ browser: 'chromium' as const }]
	};
}

export default defineConfig({
	plugins: [
		// Tests run on the messages compiled by `npm run i18n`; the plugin's file watcher would keep
		// the test process alive.
		process.env.VITEST ? [] : paraglideVitePlugin(paraglideOptions),
		sveltekit()
	],
	preview: { port: 4173 },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.browser.test.ts'],
					environment: 'node',
					// Some suites parse or fuzz thousands of inputs; on a busy machine that can take
					// longer than the default 5 s, and time is not what they check.
					testTimeout: 30_000
				}
			},
			{
				// A real outside reader of exports (LibreOffice), in Node.
				extends: true,
				test: {
					name: 'reader',
					include: ['tests/reader/**/*.test.ts'],
					environment: 'node',
					testTimeout: 180_000
				}
			},
			{
				// Benchmarks that need a real browser: they print figures and are not part of `npm test`.
				extends: true,
				test: {
					name: 'bench-browser',
					include: ['tests/bench/**/*.bench.browser.ts'],
					browser: headlessChromium()
				}
			},
			{
				// Code that needs a real browser (IndexedDB, WebCrypto in a page) runs in Chromium.
				extends: true,
				test: {
					name: 'browser',
					include: ['src/**/*.browser.test.ts'],
					browser: headlessChromium()
				}
			}
		]
	}
});
