import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		// A single-page app: every route falls back to 200.html and renders in the browser.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		serviceWorker: { register: true }
	}
};

export default config;
