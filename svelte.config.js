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
		serviceWorker: { register: true },
		// The app's Content-Security-Policy, written into every page as a <meta> tag with the hash of
		// SvelteKit's start-up script (no other inline script runs). `npm start` sends the same policy
		// as a header, with the directives a <meta> tag cannot carry (frame-ancestors). Connections
		// are narrowed further at start to this origin and the signaling servers this device uses
		// (src/lib/workspace/connection-policy.ts); ws:/wss: here only leaves room for them.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte and the editor set style attributes; styles cannot run code.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', 'ws:', 'wss:'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'media-src': ['none'],
				'frame-src': ['none'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
