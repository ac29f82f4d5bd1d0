import type { ClientInit } from '@sveltejs/kit';
import { preparePage } from '$lib/state/page-start';

/** Before the app starts: narrow this page's connections to the servers this device uses. */
export const init: ClientInit = async () => {
	await preparePage();
};
