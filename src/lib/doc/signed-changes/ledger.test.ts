import { toHexString } from 'lib0/buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { changedBytes, seededRandom } from '../bad-updates';
import { createDeviceKeys, type DeviceKeys } from '../../trust/device-keys';
import type { RosterAction, RosterRole } from '../../trust/roster-entry';
import { signEnvelope } from '../../trust/envelope';
import { rosterLog } from '../roster';
import { ChangeLedger, MAX_WAITING_PER_SIGNER, type EnvelopeVerdict } from './ledger';
import { LaneWriter, textOf, WORKSPACE } from './ledger-fixture';

interface Group {
	root: LaneWriter;
	member: LaneWriter;
	reader: LaneWriter;
	observer: LaneWriter;
	stranger: LaneWriter;
	/** The root's envelopes that name everyone in the roster. */
	founding: Uint8Array[];
}

const keys = () => createDeviceKeys({ library: true });

/** A group whose root names a member, a reader and an observer in one signed change. */
async function group(): Promise<Group> {
	const [rootKeys, memberKeys, readerKeys, observerKeys, strangerKeys] = await Promise.all(
		Array.from({ length: 5 }, keys)
	);
	const root = new LaneWriter(rootKeys!, 1);
	const rootKey = rootKeys!.signingPublic;
	const add = (k: DeviceKeys, memberId: string, role: RosterRole): RosterAction => ({
		kind: 'add',
		key: k.signingPublic,
		agreementKey: k.agreementPublic,
		memberId,
		role,
		after: []
	});
	const founding = [
		await root.writeRoster(rootKey, add(rootKeys!, 'root', 'facilitator')),
		await root.writeRoster(rootKey, add(memberKeys!, 'member', 'member')),
		await root.writeRoster(rootKey, add(readerKeys!, 'reader', 'reader')),
		await root.writeRoster(rootKey, add(observerKeys!, 'observer', 'observer'))
	];
	const writers = [memberKeys!, readerKeys!, observerKeys!, strangerKeys!].map((k) => {
		const writer = new LaneWriter(k, 5);
		writer.learn(root.doc);
		return writer;
	});
	const [member, reader, observer, stranger] = writers as [
		LaneWriter,
		LaneWriter,
		LaneWriter,
		LaneWriter
	];
	return { root, member, reader, observer, stranger, founding };
}

function copyOf(g: Group): ChangeLedger {
	const doc = new Y.Doc();
	const ledger = new ChangeLedger(doc, WORKSPACE, g.root.keys.signingPublic);
	docs.set(ledger, doc);
	return ledger;
}
const verdictOf = (ledger: ChangeLedger, bytes: Uint8Array) => ledger.receive(bytes)[0]!.verdict;
const state = (ledger: ChangeLedger) => toHexString(Y.encodeStateAsUpdate(ledgerDoc(ledger)));
/** The document a copy's ledger applies to (kept beside it, as a session keeps its own). */
const docs = new WeakMap<ChangeLedger, Y.Doc>();
const ledgerDoc = (ledger: ChangeLedger) => docs.get(ledger)!;
const refused = (reason: string, kept: boolean): EnvelopeVerdict => ({
	kind: 'refused',
	reason,
	kept
});

let g: Group;
beforeEach(async () => {
	vi.spyOn(console, 'warn').mockImplementation(() => {});
	g = await group();
});
afterEach(() => vi.restoreAllMocks());

describe('signed changes on a copy', () => {
	it("apply a member's change once the roster that names them is in", async () => {
		const copy = copyOf(g);
		const typed = await g.member.write((doc) => textOf(doc).insert(0, 'We meet monthly.'));
		// The member's change came first: it waits for the roster, then applies with it.
		expect(verdictOf(copy, typed)).toEqual({
			kind: 'waiting',
			reason: 'its signer is not in the group'
		});
		const all = g.founding.flatMap((bytes) => copy.receive(bytes).map((j) => j.verdict.kind));
		expect(all).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
		expect(textOf(ledgerDoc(copy)).toString()).toBe('We meet monthly.');
		expect(verdictOf(copy, typed)).toEqual({ kind: 'duplicate' });
	});

	it('refuse forged and forbidden changes with a reason, leaving the document as it was', async () => {
		const copy = copyOf(g);
		g.founding.forEach((bytes) => copy.receive(bytes));
		const before = state(copy);
		const badSignature = await g.member.write((doc) => textOf(doc).insert(0, 'Forged. '));
		badSignature[badSignature.length - 1]! ^= 1;
		const otherWorkspace = await signEnvelope(
			g.member.keys,
			'ws-other',
			{ lane: 10, seq: 1 },
			Y.encodeStateAsUpdate(g.member.doc)
		);
		const byReader = await g.reader.write((doc) => textOf(doc).insert(0, 'Reader wrote this. '));
		const byObserver = await g.observer.write((doc) => textOf(doc).insert(0, 'Observer edit. '));
		// The member, writing under the root's client id.
		const impostor = new LaneWriter(g.member.keys, 6, g.root.doc.clientID);
		impostor.learn(g.root.doc);
		const underRootsId = await impostor.write((doc) => textOf(doc).insert(0, 'As the root. '));
		const eraser = new LaneWriter(g.member.keys, 7);
		eraser.learn(g.root.doc);
		const deletesRoster = await eraser.write((doc) =>
			rosterLog(doc).forEach((_, name) => rosterLog(doc).delete(name))
		);
		const cases: [string, Uint8Array, EnvelopeVerdict][] = [
			['a bad signature', badSignature, refused('its signature does not hold', false)],
			['another workspace', otherWorkspace, refused('its signature does not hold', false)],
			['a reader writing', byReader, refused('a reader writes nothing', true)],
			['an observer editing', byObserver, refused('an observer only comments', true)],
			[
				'under the root’s client id',
				underRootsId,
				refused("it writes under another lane's client id", true)
			],
			[
				'deleting the roster',
				deletesRoster,
				refused('roster entries are only ever added, each under its own name', true)
			],
			['not an envelope', new Uint8Array([1, 2, 3]), refused('unreadable: cut short', false)]
		];
		for (const [what, bytes, verdict] of cases)
			expect(verdictOf(copy, bytes), what).toEqual(verdict);
		expect(state(copy)).toBe(before);
		expect(copy.roster.members.size).toBe(4);
	});

	it('count each number of a lane once: a replay is a duplicate, another change under it refused', async () => {
		const copy = copyOf(g);
		g.founding.forEach((bytes) => copy.receive(bytes));
		const first = await g.member.write((doc) => textOf(doc).insert(0, 'One.'));
		expect(verdictOf(copy, first).kind).toBe('applied');
		expect(verdictOf(copy, first)).toEqual({ kind: 'duplicate' });
		const again = await g.member.write((doc) => textOf(doc).insert(0, 'Two.'), 1);
		expect(verdictOf(copy, again)).toEqual(refused('another change already has its number', false));
		expect(textOf(ledgerDoc(copy)).toString()).toBe('One.');
	});

	it('refuse a change that does not follow on from its lane, or replaces a roster entry', async () => {
		const copy = copyOf(g);
		g.founding.forEach((bytes) => copy.receive(bytes));
		const gap = new LaneWriter(g.member.keys, 30);
		gap.learn(g.member.doc);
		await gap.write((doc) => textOf(doc).insert(0, 'never sent '));
		// Its next change, numbered as its first: its items start after ones nobody was sent.
		const ahead = await gap.write((doc) => doc.getMap('meta').set('name', 'Ours now'), 1);
		expect(verdictOf(copy, ahead)).toEqual(refused('it does not follow on from its lane', true));
		const overwriter = new LaneWriter(g.member.keys, 31);
		overwriter.learn(g.root.doc);
		const [name] = [...rosterLog(overwriter.doc).keys()];
		const replaced = await overwriter.write((doc) => rosterLog(doc).set(name!, new Uint8Array(3)));
		expect(verdictOf(copy, replaced)).toEqual(
			refused('roster entries are only ever added, each under its own name', true)
		);
		expect(copy.roster.members.size).toBe(4);
	});

	it('hold a change until the earlier ones of its lane arrive, then apply them in order', async () => {
		const copy = copyOf(g);
		g.founding.forEach((bytes) => copy.receive(bytes));
		const one = await g.member.write((doc) => textOf(doc).insert(0, 'Charter'));
		const two = await g.member.write((doc) => textOf(doc).insert(7, ' draft'));
		expect(verdictOf(copy, two)).toEqual({
			kind: 'waiting',
			reason: 'an earlier change of its lane is missing'
		});
		expect(copy.receive(one).map((j) => j.verdict.kind)).toEqual(['applied', 'applied']);
		expect(textOf(ledgerDoc(copy)).toString()).toBe('Charter draft');
	});

	it('take a roster entry any member signs into the log, and count it only if its signer may', async () => {
		const copy = copyOf(g);
		g.founding.forEach((bytes) => copy.receive(bytes));
		const stranger = g.stranger.keys;
		const selfPromotion = await g.member.writeRoster(g.root.keys.signingPublic, {
			kind: 'add',
			key: stranger.signingPublic,
			agreementKey: stranger.agreementPublic,
			memberId: 'stranger',
			role: 'facilitator',
			after: []
		});
		expect(verdictOf(copy, selfPromotion).kind).toBe('applied');
		expect(copy.roster.members.has(toHexString(stranger.signingPublic))).toBe(false);
		const strangerWrites = await g.stranger.write((doc) => textOf(doc).insert(0, 'Taken over.'));
		expect(verdictOf(copy, strangerWrites).kind).toBe('waiting');
		expect(textOf(ledgerDoc(copy)).toString()).toBe('');
	});

	it("count a removed device's changes only up to where its removal says", async () => {
		const copy = copyOf(g);
		g.founding.forEach((bytes) => copy.receive(bytes));
		const seen = await g.member.write((doc) => textOf(doc).insert(0, 'Before. '));
		g.root.learn(g.member.doc);
		const removal = await g.root.writeRoster(g.root.keys.signingPublic, {
			kind: 'remove',
			key: g.member.keys.signingPublic,
			after: [{ lane: g.member.lane, seq: 1 }]
		});
		const after = await g.member.write((doc) => textOf(doc).insert(0, 'After. '));
		for (const bytes of [seen, removal]) expect(verdictOf(copy, bytes).kind).toBe('applied');
		expect(verdictOf(copy, after)).toEqual(refused('its signer is not in the group', true));
		expect(textOf(ledgerDoc(copy)).toString()).toBe('Before. ');
	});

	it('let no one signer fill the room for waiting changes', async () => {
		const copy = copyOf(g);
		g.founding.forEach((bytes) => copy.receive(bytes));
		const verdicts = [];
		for (let i = 0; i <= MAX_WAITING_PER_SIGNER; i++)
			verdicts.push(
				verdictOf(copy, await g.stranger.write((doc) => doc.getMap('meta').set('n', i)))
			);
		expect(verdicts.slice(0, -1).every((v) => v.kind === 'waiting')).toBe(true);
		expect(verdicts.at(-1)).toEqual(refused('too many changes are waiting', false));
		// A member's change that waits for an earlier one still finds room.
		await g.member.write((doc) => textOf(doc).insert(0, 'First. '));
		const second = await g.member.write((doc) => textOf(doc).insert(0, 'Second. '));
		expect(verdictOf(copy, second).kind).toBe('waiting');
		expect(copy.waitingCount).toBe(MAX_WAITING_PER_SIGNER + 1);
	});

	it('let an observer comment', async () => {
		const copy = copyOf(g);
		g.founding.forEach((bytes) => copy.receive(bytes));
		const comment = await g.observer.write((doc) => {
			const thread = new Y.Map<unknown>();
			doc.getMap('comments').set('t-1', thread);
			thread.set('text', 'Why monthly?');
		});
		expect(verdictOf(copy, comment).kind).toBe('applied');
	});

	it('refuse every changed byte of honest envelopes, never throwing (seeded corpus)', async () => {
		const seed = Number(process.env.CONCORD_FUZZ_SEED) || 170_304;
		console.log(`forged envelope corpus: seed ${seed} (CONCORD_FUZZ_SEED=${seed} replays)`);
		const next = seededRandom(seed);
		const honest = await g.member.write((doc) => textOf(doc).insert(0, 'We agree to meet.'));
		const copy = copyOf(g);
		g.founding.forEach((bytes) => copy.receive(bytes));
		const before = state(copy);
		let applied = 0;
		for (let i = 0; i < 500; i++) {
			const forged = changedBytes(honest, next);
			for (const { verdict } of copy.receive(forged)) if (verdict.kind === 'applied') applied++;
		}
		expect(applied, 'forgeries applied').toBe(0);
		expect(state(copy)).toBe(before);
		expect(verdictOf(copy, honest).kind).toBe('applied');
	});

	it('bring copies that hear the same envelopes in any order to the same document', async () => {
		const seed = 170_305;
		console.log(`envelope orders: seed ${seed}`);
		const next = seededRandom(seed);
		const envelopes = [...g.founding];
		for (let i = 0; i < 6; i++) {
			const writer = i % 2 ? g.member : g.observer;
			envelopes.push(
				await writer.write((doc) =>
					i % 2
						? textOf(doc).insert(0, `Line ${i}. `)
						: doc.getMap('comments').set(`t-${i}`, new Y.Map())
				)
			);
		}
		const reference = copyOf(g);
		for (const bytes of envelopes) reference.receive(bytes);
		expect(textOf(ledgerDoc(reference)).toString()).toBe('Line 5. Line 3. Line 1. ');
		expect(ledgerDoc(reference).getMap('comments').size).toBe(3);
		for (let round = 0; round < 10; round++) {
			const copy = copyOf(g);
			for (const bytes of [...envelopes].sort(() => next() - 0.5)) copy.receive(bytes);
			expect(state(copy), `order ${round}`).toBe(state(reference));
			expect(copy.vector()).toEqual(reference.vector());
			expect(copy.missingFor(reference.vector())).toEqual([]);
		}
		expect(reference.missingFor(new Map())).toHaveLength(envelopes.length);
	});
});
