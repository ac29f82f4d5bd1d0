import * as Y from 'yjs';
import type { DeviceKeys } from '../../trust/device-keys';
import { laneClientId, signEnvelope } from '../../trust/envelope';
import { signRosterEntry, type RosterAction } from '../../trust/roster-entry';
import { addRosterEntry, rosterOf } from '../roster';
import { burstUpdate } from './burst';

/** The workspace the ledger tests sign for. */
export const WORKSPACE = 'ws-ledger';

const LEARNED = Symbol('learned');

/**
 * A device writing in one lane of a workspace, as a session of the app will: its own copy of
 * the document under the lane's client id, each change signed as the lane's next envelope.
 */
export class LaneWriter {
	readonly doc = new Y.Doc();
	#seq = 0;
	/** This lane's own updates since the last envelope (each with only its own deletions). */
	#pending: Uint8Array[] = [];

	constructor(
		readonly keys: DeviceKeys,
		readonly lane: number,
		clientId = laneClientId(keys.signingPublic, lane)
	) {
		this.doc.clientID = clientId;
		this.doc.on('update', (update: Uint8Array, origin: unknown) => {
			if (origin !== LEARNED) this.#pending.push(update);
		});
	}

	/** Takes in what others wrote (not signed again: it is theirs). */
	learn(from: Y.Doc): void {
		Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(from, Y.encodeStateVector(this.doc)), LEARNED);
	}

	/** Makes a change and signs it as the lane's next envelope. */
	async write(change: (doc: Y.Doc) => void, seq = this.#seq + 1): Promise<Uint8Array> {
		const since = Y.getState(this.doc.store, this.doc.clientID);
		change(this.doc);
		const update = burstUpdate(this.doc, since, this.#pending);
		this.#pending = [];
		this.#seq = Math.max(this.#seq, seq);
		return signEnvelope(this.keys, WORKSPACE, { lane: this.lane, seq }, update);
	}

	/** Signs a roster entry after the heads this copy knows and writes it into the log. */
	async writeRoster(root: Uint8Array, action: RosterAction): Promise<Uint8Array> {
		const { heads } = rosterOf(this.doc, WORKSPACE, root);
		const entry = await signRosterEntry(this.keys, WORKSPACE, heads, action);
		return this.write((doc) => addRosterEntry(doc, entry));
	}
}

/** A document's text at `documents/<id>/text`, made if missing. */
export function textOf(doc: Y.Doc, id = 'doc-1'): Y.Text {
	const documents = doc.getMap<Y.Map<Y.Text>>('documents');
	let record = documents.get(id);
	if (!record) {
		record = new Y.Map();
		documents.set(id, record);
		record.set('text', new Y.Text());
	}
	return record.get('text')!;
}
