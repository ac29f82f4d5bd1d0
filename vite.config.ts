import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		// Unit tests run on the messages compiled by `npm run i18n`; the plugin's watcher would keep
		// the test process alive.
		process.env.VITEST
			? []
			: paraglideVitePlugin({
					project: './src/lib/i18n/project.inlang',
					outdir: './src/lib/i18n/paraglide',
					strategy: ['localStorage', 'preferredLanguage', 'baseLocale']
				}),
		sveltekit()
	],
	server: { port: 5173, strictPort: false },
	preview: { port: 4173 },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
