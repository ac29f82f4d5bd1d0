import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { changedBytes, seededRandom } from '../bad-updates';
import { signRosterEntry } from '../../trust/roster-entry';
import { addRosterEntry, rosterLog, rosterOf, writeRosterEntry } from './log';
import { add, devices, role, summary, WORKSPACE, type Device } from './roster-fixture';

let root: Device, ana: Device, ben: Device, dev: Device;
beforeAll(async () => {
	({ root, ana, ben, dev } = await devices('root', 'ana', 'ben', 'dev'));
});
afterEach(() => vi.restoreAllMocks());

const rootKey = () => root.keys.signingPublic;

/** A workspace whose log has the root, Ana as a facilitator and Ben as a member. */
async function founded(): Promise<Y.Doc> {
	const doc = new Y.Doc();
	await writeRosterEntry(doc, root.keys, WORKSPACE, rootKey(), add(root, 'facilitator'));
	await writeRosterEntry(doc, root.keys, WORKSPACE, rootKey(), add(ana, 'facilitator'));
	await writeRosterEntry(doc, ana.keys, WORKSPACE, rootKey(), add(ben, 'member'));
	return doc;
}

const HONEST = ['ana: facilitator', 'ben: member', 'root: facilitator'];

describe('the roster log kept in a workspace', () => {
	it('gives every copy the same roster once their logs have synced', async () => {
		const doc = await founded();
		const other = new Y.Doc();
		Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
		await writeRosterEntry(other, ana.keys, WORKSPACE, rootKey(), role(ben, 'observer'));
		await writeRosterEntry(doc, root.keys, WORKSPACE, rootKey(), add(dev, 'reader'));
		Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
		const expected = ['ana: facilitator', 'ben: observer', 'dev: reader', 'root: facilitator'];
		expect(summary(rosterOf(doc, WORKSPACE, rootKey()))).toEqual(expected);
		expect(summary(rosterOf(other, WORKSPACE, rootKey()))).toEqual(expected);
		// The next entry follows both branches.
		expect(rosterOf(doc, WORKSPACE, rootKey()).heads).toHaveLength(2);
	});

	it('refuses forged entries with a logged reason, and the roster stays as it was', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const doc = await founded();
		const log = rosterLog(doc);
		const { heads } = rosterOf(doc, WORKSPACE, rootKey());
		const sign = (by: Device, workspace = WORKSPACE) =>
			signRosterEntry(by.keys, workspace, heads, add(dev, 'facilitator'));
		const badSignature = await sign(root);
		badSignature[badSignature.length - 1]! ^= 1;
		const forged: [string, unknown, string][] = [
			['a bad signature', badSignature, 'its signature does not hold'],
			['another workspace', await sign(root, 'ws-other'), 'its signature does not hold'],
			['a member', await sign(ben), 'its signer is not a facilitator'],
			['a stranger', await sign(dev), 'its signer is not in the group'],
			['cut short', (await sign(root)).slice(0, 40), 'cut short'],
			['not bytes', 'add dev as facilitator', 'not bytes']
		];
		forged.push(['stored under another name', await sign(root), 'stored under another name']);
		const names = forged.map(([what, value], i) => {
			const named = value instanceof Uint8Array && what !== 'stored under another name';
			const name = (named && addRosterEntry(doc, value)) || `forged-${i}`;
			if (!log.has(name)) log.set(name, value);
			return name;
		});
		const roster = rosterOf(doc, WORKSPACE, rootKey());
		expect(summary(roster)).toEqual(HONEST);
		const why = new Map(roster.unreadable.map(({ name, reason }) => [name, reason]));
		for (const [name, outcome] of roster.outcomes) if (!outcome.held) why.set(name, outcome.reason);
		forged.forEach(([what, , reason], i) => expect(why.get(names[i]!), what).toBe(reason));
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('ignored roster entry'));
	});

	it('refuses every byte-changed copy of an honest entry (seeded corpus), never throwing', async () => {
		const seed = Number(process.env.CONCORD_FUZZ_SEED) || 170_303;
		console.log(`roster forgery corpus: seed ${seed} (CONCORD_FUZZ_SEED=${seed} replays)`);
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const next = seededRandom(seed);
		const doc = await founded();
		const { heads } = rosterOf(doc, WORKSPACE, rootKey());
		const honest = await signRosterEntry(root.keys, WORKSPACE, heads, add(dev, 'facilitator'));
		for (let i = 0; i < 300; i++) {
			const forged = changedBytes(honest, next);
			const copy = new Y.Doc();
			Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
			addRosterEntry(copy, forged);
			expect(summary(rosterOf(copy, WORKSPACE, rootKey())), `forgery ${i}`).toEqual(HONEST);
		}
		addRosterEntry(doc, honest);
		expect(summary(rosterOf(doc, WORKSPACE, rootKey()))).toContain('dev: facilitator');
	});
});
