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

/**
 * Resolves once a store's state is `saved`; rejects as soon as it is `failed`. The promise behind
 * every store's `flushed()`.
 */
export function untilSaved(store: {
	readonly state: SaveState;
	subscribe(listener: (state: SaveState) => void): () => void;
}): Promise<void> {
	return new Promise((resolve, reject) => {
		const check = (state: SaveState) => {
			if (state.kind === 'saved') resolve();
			else if (state.kind === 'failed') reject(new Error(state.detail));
			else return;
			stop();
		};
		const stop = store.subscribe(check);
		check(store.state);
	});
}
