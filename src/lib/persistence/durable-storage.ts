/** Whether the browser promised to keep this site's data under storage pressure. */
export type Durability = 'granted' | 'not-granted' | 'unsupported';

const ASKED_KEY = 'concord.durable-storage-asked';

/**
 * Asks the browser once per device to keep Concord's data durably, and afterwards only reports
 * whether it does, so a person is never asked again and again.
 */
export async function ensureDurableStorage(): Promise<Durability> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.persist || !storage.persisted) return 'unsupported';
	try {
		if (await storage.persisted()) return 'granted';
		if (localStorage.getItem(ASKED_KEY)) return 'not-granted';
		localStorage.setItem(ASKED_KEY, new Date().toISOString());
		return (await storage.persist()) ? 'granted' : 'not-granted';
	} catch {
		return 'unsupported';
	}
}
