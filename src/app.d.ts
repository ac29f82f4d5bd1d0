// See https://svelte.dev/docs/kit/types#app.d.ts for the app-wide types SvelteKit reads.
declare global {
	namespace App {
		/** History state of a page: a notice to show on arrival (e.g. after opening a file). */
		interface PageState {
			notice?: string;
		}
	}
}

export {};
