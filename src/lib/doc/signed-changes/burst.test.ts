import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { burstUpdate } from './burst';

describe('the update of a burst of typing', () => {
	it('brings a copy to the same text as every keystroke, with only its own deletions, smaller', () => {
		const doc = new Y.Doc();
		const text = doc.getText('body');
		text.insert(0, 'Our charter, draft one.');
		const other = new Y.Doc();
		Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
		// Someone else deletes a word; this copy takes it in before its burst.
		other.getText('body').delete(13, 6);
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
		const copy = new Y.Doc();
		Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));

		const since = Y.getState(doc.store, doc.clientID);
		const keystrokes: Uint8Array[] = [];
		doc.on('update', (update: Uint8Array) => keystrokes.push(update));
		for (const char of ' We agree.') text.insert(text.length, char);
		// What another copy writes during the burst is theirs, not part of it.
		other.getText('body').insert(0, 'Draft: ');
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), 'peer');
		text.delete(7, 4);
		const own = keystrokes.filter((_, i) => i !== ' We agree.'.length);
		const burst = burstUpdate(doc, since, own);
		Y.applyUpdate(copy, Y.encodeStateAsUpdate(other, Y.encodeStateVector(copy)));

		Y.applyUpdate(copy, burst);
		expect(copy.getText('body').toString()).toBe(text.toString());
		const deletions = [...Y.decodeUpdate(burst).ds.clients.entries()];
		expect(deletions).toEqual([[doc.clientID, [expect.objectContaining({ len: 4 })]]]);
		expect(Y.decodeUpdate(burst).structs).toHaveLength(1);
		expect(burst.length).toBeLessThan(Y.mergeUpdates(own).length / 2);
	});
});
