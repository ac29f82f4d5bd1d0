import { startLanguage } from '$lib/i18n';

// Concord is a single-page app: everything renders in the browser, nothing on a server.
export const ssr = false;
export const prerender = false;

/** The interface language's messages arrive before the first screen renders. */
export async function load(): Promise<void> {
	await startLanguage();
}
