import { restrictConnections } from '../workspace/connection-policy';

/** Before the app starts: narrows this page's connections to the servers this device uses. */
export async function preparePage(): Promise<void> {
	await restrictConnections();
}
