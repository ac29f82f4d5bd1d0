import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { ChangeLedger } from '../doc';
import { LaneWriter, textOf, WORKSPACE } from '../doc/signed-changes/ledger-fixture';
import { createDeviceKeys } from '../trust/device-keys';
import { EnvelopeStore } from './envelope-store';

const DB = 'concord-envelopes-test';

describe("a workspace's signed changes on this device (real IndexedDB)", () => {
	const stores: EnvelopeStore[] = [];
	const store = () => {
		const s = new EnvelopeStore(DB);
		stores.push(s);
		return s;
	};
	afterEach(async () => {
		await stores.at(-1)?.destroy();
		stores.splice(0).forEach((s) => s.close());
		vi.restoreAllMocks();
	});

	it('are kept as counted, and rebuild the document on opening without checking them again', async () => {
		const keys = await createDeviceKeys();
		const writer = new LaneWriter(keys, 11);
		const kept = store();
		const doc = new Y.Doc();
		const ledger = new ChangeLedger(doc, WORKSPACE, keys.signingPublic, {
			onCounted: (bytes) => kept.append(bytes)
		});
		for (let i = 0; i < 200; i++)
			ledger.receive(await writer.write((d) => textOf(d).insert(textOf(d).length, `${i} `)));
		await kept.saved();
		kept.close();

		const envelopes = await store().load();
		expect(envelopes).toHaveLength(200);
		const reopened = new Y.Doc();
		const again = new ChangeLedger(reopened, WORKSPACE, keys.signingPublic);
		const kinds = envelopes.flatMap((bytes) =>
			again.receive(bytes, true).map((j) => j.verdict.kind)
		);
		expect(kinds.every((kind) => kind === 'applied')).toBe(true);
		expect(textOf(reopened).toString()).toBe(textOf(doc).toString());
		expect(again.vector()).toEqual(ledger.vector());
	});

	it('leave out a damaged record, so the changes after it wait for a peer to send it again', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const keys = await createDeviceKeys();
		const writer = new LaneWriter(keys, 12);
		const kept = store();
		for (let i = 0; i < 3; i++)
			kept.append(await writer.write((d) => textOf(d).insert(0, `${i} `)));
		await kept.saved();
		kept.close();
		const db = await openDB(DB, 1);
		await db.put('envelopes', 'not an envelope', 2);
		db.close();

		const envelopes = await store().load();
		expect(envelopes).toHaveLength(2);
		const reopened = new Y.Doc();
		const ledger = new ChangeLedger(reopened, WORKSPACE, keys.signingPublic);
		const kinds = envelopes.map((bytes) => ledger.receive(bytes, true)[0]!.verdict.kind);
		expect(kinds).toEqual(['applied', 'waiting']);
		expect(ledger.waitingCount).toBe(1);
	});
});
