/** Why writing to this device failed, in terms a person can act on. */
export type SaveFailure = 'quota' | 'closed' | 'unknown';

/** The truth about what this device has stored of a workspace. */
export type SaveState =
	| { kind: 'loading' }
	| { kind: 'saving' }
	| { kind: 'saved' }
	| { kind: 'failed'; reason: SaveFailure; detail: string };

/** Names the failure behind an IndexedDB error or event. */
export function classifyStorageError(error: unknown): { reason: SaveFailure; detail: string } {
	const name = error instanceof Error || error instanceof DOMException ? error.name : '';
	const message = error instanceof Error || error instanceof DOMException ? error.message : '';
	const detail = [name, message].filter(Boolean).join(': ') || String(error);
	if (name === 'QuotaExceededError') return { reason: 'quota', detail };
	if (name === 'InvalidStateError' || name === 'TransactionInactiveError') {
		return { reason: 'closed', detail };
	}
	return { reason: 'unknown', detail };
}
