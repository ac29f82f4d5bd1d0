import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	deleteSetAsideData,
	discardDamagedDatabase,
	rescueStoredChanges,
	setAsideDamagedData
} from './damaged-data';
import { LocalStore } from './local-store';
import { LocalDataError, createWorkspaceStores } from './stored-records';

let counter = 0;
const names: string[] = [];
function freshName(): string {
	const name = `concord-damaged-test-${Date.now()}-${counter++}`;
	names.push(name);
	return name;
}

async function databaseNames(): Promise<string[]> {
	return (await indexedDB.databases()).flatMap((d) => (d.name ? [d.name] : []));
}

/** A change that inserts `text` into the text `t`, from a document of its own. */
function change(text: string, after?: Y.Doc): { update: Uint8Array; doc: Y.Doc } {
	const doc = new Y.Doc();
	if (after) Y.applyUpdate(doc, Y.encodeStateAsUpdate(after));
	const before = Y.encodeStateVector(doc);
	doc.getText('t').insert(doc.getText('t').length, text);
	return { update: Y.encodeStateAsUpdate(doc, before), doc };
}

/** A workspace database holding two good changes, garbage bytes and a value of the wrong type. */
async function damagedDatabase(name: string): Promise<void> {
	const first = change('We meet monthly.');
	const second = change(' Minutes are shared.', first.doc);
	const db = await openDB(name, 1, { upgrade: (d) => createWorkspaceStores(d as never) });
	await db.add('updates', first.update);
	await db.add('updates', Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x09));
	await db.add('updates', second.update);
	await db.add('updates', { not: 'a change' });
	db.close();
}

async function loadError(name: string): Promise<LocalDataError> {
	const store = new LocalStore(new Y.Doc(), name, { mustExist: true });
	try {
		await store.loaded;
	} catch (error) {
		expect(store.state.kind).toBe('failed');
		expect(error).toBeInstanceOf(LocalDataError);
		return error as LocalDataError;
	} finally {
		await store.destroy();
	}
	throw new Error('the damaged data loaded');
}

afterEach(async () => {
	for (const name of names.splice(0)) {
		await deleteDB(name);
		await deleteSetAsideData(name);
	}
});

describe('damaged workspace data (real IndexedDB)', () => {
	it('is refused on open, with how many changes are unreadable, instead of shown partly', async () => {
		const name = freshName();
		await damagedDatabase(name);
		const error = await loadError(name);
		expect(error.problem).toBe('damaged');
		expect(error.counts).toEqual({ readable: 2, unreadable: 2 });
	});

	it('is read record by record: every valid change is kept, in order', async () => {
		const name = freshName();
		await damagedDatabase(name);
		const doc = new Y.Doc();
		const rescued = await rescueStoredChanges(name, doc);
		expect(rescued).toEqual({ readable: 2, unreadable: 2, complete: true });
		expect(doc.getText('t').toString()).toBe('We meet monthly. Minutes are shared.');
	});

	it('stops reading at its time budget and says the reading is incomplete', async () => {
		const name = freshName();
		await damagedDatabase(name);
		const rescued = await rescueStoredChanges(name, new Y.Doc(), -1);
		expect(rescued).toMatchObject({ readable: 0, complete: false });
	});

	it('is set aside whole, readable or not, before the damaged database is discarded', async () => {
		const name = freshName();
		await damagedDatabase(name);
		const aside = await setAsideDamagedData(name, name);
		expect(aside.startsWith(`concord-damaged-${name}-`)).toBe(true);
		const copy = await openDB(aside);
		const original = await openDB(name);
		expect(await copy.getAll('updates')).toEqual(await original.getAll('updates'));
		expect(await copy.count('updates')).toBe(4);
		copy.close();
		original.close();
		await discardDamagedDatabase(name);
		expect(await databaseNames()).not.toContain(name);
		await deleteSetAsideData(name);
		expect(await databaseNames()).not.toContain(aside);
	});

	it('is reported missing, and not created empty, when a listed workspace has no database', async () => {
		const name = freshName();
		const error = await loadError(name);
		expect(error.problem).toBe('missing');
		expect(await databaseNames()).not.toContain(name);
		await expect(rescueStoredChanges(name, new Y.Doc())).rejects.toMatchObject({
			problem: 'missing'
		});
	});

	it('is reported missing when the database holds no change at all', async () => {
		const name = freshName();
		(await openDB(name, 1, { upgrade: (db) => createWorkspaceStores(db as never) })).close();
		expect((await loadError(name)).problem).toBe('missing');
	});

	it('is reported damaged when the stores are missing', async () => {
		const name = freshName();
		(await openDB(name, 1, { upgrade: (db) => db.createObjectStore('other') })).close();
		expect((await loadError(name)).problem).toBe('damaged');
	});

	it('does not stand in the way of a sound database, which loads as before', async () => {
		const name = freshName();
		const doc = new Y.Doc();
		const store = new LocalStore(doc, name);
		await store.loaded;
		doc.getText('t').insert(0, 'Sound.');
		await store.flushed();
		await store.destroy();
		const again = new Y.Doc();
		const reopened = new LocalStore(again, name, { mustExist: true });
		await reopened.loaded;
		expect(again.getText('t').toString()).toBe('Sound.');
		await reopened.flushed();
		await reopened.destroy();
	});
});
