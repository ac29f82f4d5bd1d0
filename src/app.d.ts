// See https://svelte.dev/docs/kit/types#app.d.ts for the app-wide types SvelteKit reads.
declare global {
	namespace App {}
}

export {};
