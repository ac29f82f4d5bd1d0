import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { ConnectionStatus, GroupSync } from './ports';

/**
 * The "sync" of a read-only copy opened from a workspace file without its invite key: it cannot
 * reach the group, so it stays offline, and presence stays on this page.
 */
export class NoSync implements GroupSync {
	readonly awareness: Awareness;
	readonly status: ConnectionStatus = { kind: 'offline' };

	constructor(doc: Y.Doc) {
		this.awareness = new Awareness(doc);
	}

	/** Nothing ever changes: the status stays "offline". */
	subscribe(): () => void {
		return () => undefined;
	}

	/** A copy without the key cannot go online. */
	setOnline(): void {}

	/** Kept on this page only. */
	setPresence(fields: Record<string, unknown>): void {
		this.awareness.setLocalState({ ...this.awareness.getLocalState(), ...fields });
	}

	/** Nothing arrives from peers. */
	isRemote(): boolean {
		return false;
	}

	/** Releases the presence. */
	destroy(): void {
		this.awareness.destroy();
	}
}
