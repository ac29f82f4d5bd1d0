import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../bad-updates';
import type { RosterEntry } from '../../trust/roster-entry';
import { resolveRoster, roleAt } from './resolve';
import {
	accept,
	add,
	remove,
	role,
	devices,
	invite,
	outcomeOf,
	signed,
	summary,
	type Device
} from './roster-fixture';

let root: Device, ana: Device, ben: Device, chi: Device, dev: Device;
beforeAll(async () => {
	({ root, ana, ben, chi, dev } = await devices('root', 'ana', 'ben', 'chi', 'dev'));
});

const resolve = (...entries: RosterEntry[]) => resolveRoster(root.keys.signingPublic, entries);
const token = (n: number) => new Uint8Array(32).fill(n);

/** The root names itself, then adds Ana as a facilitator and Ben as a member. */
async function founded() {
	const self = await signed(root, [], add(root, 'facilitator'));
	const addAna = await signed(root, [self], add(ana, 'facilitator'));
	const addBen = await signed(root, [addAna], add(ben, 'member'));
	return [self, addAna, addBen] as const;
}

describe('the roster computed from a signed log', () => {
	it('starts with the root alone, and grows by what facilitators add', async () => {
		expect(summary(resolve())).toEqual(['null: facilitator']);
		const log = await founded();
		expect(summary(resolve(...log))).toEqual([
			'ana: facilitator',
			'ben: member',
			'root: facilitator'
		]);
	});

	it('is the same whatever order the entries arrive in', async () => {
		const founding = await founded();
		const [, addAna, addBen] = founding;
		const log: RosterEntry[] = [...founding];
		log.push(await signed(ana, [addBen], role(ben, 'observer')));
		log.push(await signed(root, [addAna], add(chi, 'reader')));
		const expected = summary(resolve(...log));
		const seed = 170_301;
		console.log(`roster order: seed ${seed}`);
		const next = seededRandom(seed);
		for (let round = 0; round < 20; round++) {
			const shuffled = [...log].sort(() => next() - 0.5);
			expect(summary(resolve(...shuffled))).toEqual(expected);
		}
		expect(expected).toEqual([
			'ana: facilitator',
			'ben: observer',
			'chi: reader',
			'root: facilitator'
		]);
	});

	it('lets only facilitators add, change roles and remove', async () => {
		const [self, addAna, addBen] = await founded();
		const byMember = await signed(ben, [addBen], add(chi, 'facilitator'));
		const promoteSelf = await signed(ben, [addBen], role(ben, 'facilitator'));
		const byStranger = await signed(dev, [addBen], add(dev, 'facilitator'));
		const roster = resolve(self, addAna, addBen, byMember, promoteSelf, byStranger);
		expect(summary(roster)).toEqual(['ana: facilitator', 'ben: member', 'root: facilitator']);
		expect(outcomeOf(roster, byMember)).toBe('its signer is not a facilitator');
		expect(outcomeOf(roster, promoteSelf)).toBe('its signer is not a facilitator');
		expect(outcomeOf(roster, byStranger)).toBe('its signer is not in the group');
	});

	it('lets a removal win over what the removed facilitator signed at the same time', async () => {
		const [self, addAna, addBen] = await founded();
		const removeAna = await signed(root, [addBen], remove(ana));
		// Ana, not yet aware, promotes Ben, and Ben then adds Chi as the facilitator he thinks he is.
		const promote = await signed(ana, [addBen], role(ben, 'facilitator'));
		const addChi = await signed(ben, [promote], add(chi, 'member'));
		const roster = resolve(self, addAna, addBen, removeAna, promote, addChi);
		expect(summary(roster)).toEqual(['ben: member', 'root: facilitator']);
		expect(outcomeOf(roster, promote)).toBe('its signer was removed at the same time');
		expect(outcomeOf(roster, addChi)).toBe('its signer is not a facilitator');
		expect([...roster.removed.values()].map((m) => m.memberId)).toEqual(['ana']);
	});

	it('settles two facilitators removing each other at once by the same rule on every copy', async () => {
		const [self, addAna, addBen] = await founded();
		const rootRemovesAna = await signed(root, [addBen], remove(ana));
		const anaRemovesRoot = await signed(ana, [addBen], remove(root));
		const one = resolve(self, addAna, addBen, rootRemovesAna, anaRemovesRoot);
		const other = resolve(anaRemovesRoot, rootRemovesAna, addBen, addAna, self);
		expect(summary(one)).toEqual(summary(other));
		expect(summary(one).filter((line) => line.endsWith('facilitator'))).toHaveLength(1);
	});

	it('counts the lower hash of two concurrent role changes', async () => {
		const [self, addAna, addBen] = await founded();
		const toObserver = await signed(root, [addBen], role(ben, 'observer'));
		const toReader = await signed(ana, [addBen], role(ben, 'reader'));
		const lower = Buffer.compare(toObserver.hash, toReader.hash) < 0 ? 'observer' : 'reader';
		for (const log of [
			[self, addAna, addBen, toObserver, toReader],
			[toReader, toObserver, addBen, addAna, self]
		])
			expect(summary(resolve(...log))).toContain(`ben: ${lower}`);
		// A change that has seen both settles it.
		const settle = await signed(root, [toObserver, toReader], role(ben, 'member'));
		expect(summary(resolve(self, addAna, addBen, toObserver, toReader, settle))).toContain(
			'ben: member'
		);
	});

	it('takes back the role change walked first when a concurrent one with a lower hash comes later', async () => {
		const [self, addAna, addBen] = await founded();
		// The lower-hash change waits on an entry of its own, so the other is walked first.
		for (let attempt = 0; ; attempt++) {
			const high = await signed(
				ana,
				[addBen],
				role(ben, 'observer', [{ lane: 1, seq: 3 + attempt }])
			);
			const aside = await signed(root, [addBen], invite(token(attempt + 1), 'member'));
			const low = await signed(root, [aside], role(ben, 'reader', [{ lane: 1, seq: 10 }]));
			if (Buffer.compare(low.hash, high.hash) >= 0 || Buffer.compare(aside.hash, high.hash) <= 0)
				continue;
			const roster = resolve(self, addAna, addBen, high, aside, low);
			expect(outcomeOf(roster, high)).toBe('a concurrent role change with a lower hash counts');
			expect(summary(roster)).toContain('ben: reader');
			const ben_ = Buffer.from(ben.keys.signingPublic).toString('hex');
			// Ben's changes 4 to 10 keep the role he had: the observer change does not count.
			expect([4, 10, 11].map((seq) => roleAt(roster, ben_, 1, seq))).toEqual([
				'member',
				'member',
				'reader'
			]);
			break;
		}
	});

	it('keeps a member removed in one branch and added again in another removed', async () => {
		const [self, addAna, addBen] = await founded();
		const removeBen = await signed(root, [addBen], remove(ben));
		const readd = await signed(ana, [addBen], add(ben, 'member'));
		const promote = await signed(ana, [addBen], role(ben, 'facilitator'));
		const roster = resolve(self, addAna, addBen, removeBen, readd, promote);
		expect(summary(roster)).not.toContain('ben: member');
		expect(summary(roster)).not.toContain('ben: facilitator');
		expect(outcomeOf(roster, promote)).toBe('the device was removed at the same time');
		// An entry that has seen the removal brings him back.
		const back = await signed(ana, [removeBen, readd, promote], add(ben, 'observer'));
		expect(summary(resolve(self, addAna, addBen, removeBen, readd, promote, back))).toContain(
			'ben: observer'
		);
	});

	it('lets whoever holds an invitation token join once per device, with its role', async () => {
		const [self, addAna, addBen] = await founded();
		const invitation = await signed(ana, [addBen], invite(token(1), 'member'));
		const chiJoins = await signed(chi, [invitation], accept(chi, invitation, token(1)));
		const devGuesses = await signed(dev, [invitation], accept(dev, invitation, token(2)));
		const chiAgain = await signed(chi, [chiJoins], accept(chi, invitation, token(1)));
		const unseen = await signed(dev, [addBen], accept(dev, invitation, token(1)));
		const roster = resolve(
			self,
			addAna,
			addBen,
			invitation,
			chiJoins,
			devGuesses,
			chiAgain,
			unseen
		);
		expect(summary(roster)).toContain('chi: member');
		expect(summary(roster).some((line) => line.startsWith('dev'))).toBe(false);
		expect(outcomeOf(roster, devGuesses)).toBe('the token does not match the invitation');
		expect(outcomeOf(roster, chiAgain)).toBe('the device is already in the group');
		expect(outcomeOf(roster, unseen)).toBe('it accepts no invitation it has seen');
		// Chi's accept is in the log for everyone to read; it does not let anyone else in.
		if (chiJoins.action.kind !== 'accept') throw new Error('not an accept');
		const copied = await signed(dev, [chiJoins], { ...chiJoins.action, memberId: 'dev' });
		const withChisKeys = await signed(dev, [chiJoins], {
			...chiJoins.action,
			agreementKey: dev.keys.agreementPublic
		});
		const later = resolve(self, addAna, addBen, invitation, chiJoins, copied, withChisKeys);
		expect(outcomeOf(later, copied)).toBe('the token does not match the invitation');
		expect(outcomeOf(later, withChisKeys)).toBe('the token does not match the invitation');
	});

	it('closes the invitations open when someone is removed', async () => {
		const [self, addAna, addBen] = await founded();
		const invitation = await signed(root, [addBen], invite(token(3), 'member'));
		const before = await signed(chi, [invitation], accept(chi, invitation, token(3)));
		const removeBen = await signed(root, [before], remove(ben));
		const after = await signed(dev, [removeBen], accept(dev, invitation, token(3)));
		const roster = resolve(self, addAna, addBen, invitation, before, removeBen, after);
		expect(outcomeOf(roster, before)).toBe('held');
		expect(outcomeOf(roster, after)).toBe('a removal closed the invitation');
		const benBack = await signed(ben, [removeBen], accept(ben, invitation, token(3)));
		expect(
			outcomeOf(resolve(self, addAna, addBen, invitation, before, removeBen, benBack), benBack)
		).not.toBe('held');
	});

	it("judges each of a device's changes by the role it had in its lane then", async () => {
		const [self, addAna, addBen] = await founded();
		// Ana had seen four changes in Ben's lane 1; the root, later, eight there and two in lane 2.
		const toObserver = await signed(ana, [addBen], role(ben, 'observer', [{ lane: 1, seq: 4 }]));
		const removeBen = await signed(
			root,
			[toObserver],
			remove(ben, [
				{ lane: 1, seq: 8 },
				{ lane: 2, seq: 2 }
			])
		);
		const roster = resolve(self, addAna, addBen, toObserver, removeBen);
		const key = (d: Device) => Buffer.from(d.keys.signingPublic).toString('hex');
		const judged = (lane: number, seqs: number[]) =>
			seqs.map((seq) => roleAt(roster, key(ben), lane, seq));
		expect(judged(1, [1, 4, 5, 8, 9, 20])).toEqual([
			'member',
			'member',
			'observer',
			'observer',
			null,
			null
		]);
		expect(judged(2, [1, 2, 3])).toEqual(['observer', 'observer', null]);
		// A lane nobody had seen started after the removal: nothing in it counts.
		expect(judged(3, [1])).toEqual([null]);
		expect(roleAt(roster, key(dev), 1, 1)).toBeNull();
		expect(roleAt(roster, key(root), 1, 1)).toBe('facilitator');
	});

	it('always keeps a facilitator', async () => {
		const self = await signed(root, [], add(root, 'facilitator'));
		const addBen = await signed(root, [self], add(ben, 'member'));
		const leave = await signed(root, [addBen], remove(root));
		const demote = await signed(root, [addBen], role(root, 'member'));
		const roster = resolve(self, addBen, leave, demote);
		expect(summary(roster)).toEqual(['ben: member', 'root: facilitator']);
		expect(outcomeOf(roster, leave)).toBe('the group would have no facilitator');
		expect(outcomeOf(roster, demote)).toBe('the group would have no facilitator');
	});

	it('leaves an entry whose parent has not arrived waiting, and names the heads', async () => {
		const [self, addAna, addBen] = await founded();
		const addChi = await signed(root, [addBen], add(chi, 'member'));
		const roster = resolve(self, addAna, addChi);
		expect(outcomeOf(roster, addChi)).toBe('waiting for an earlier entry');
		expect(summary(roster)).toEqual(['ana: facilitator', 'root: facilitator']);
		expect(roster.heads).toEqual([addAna.hash]);
		expect(resolve(self, addAna, addBen, addChi).heads).toEqual([addChi.hash]);
	});
});
