import { describe, expect, it } from 'vitest';
import { createDeviceKeys } from './device-keys';
import {
	readRosterEntry,
	rosterEntryHolds,
	signRosterEntry,
	type RosterAction
} from './roster-entry';

const WORKSPACE = 'ws-roster-entry';

describe('a signed roster entry', () => {
	it('reads back every action as signed, and holds only for its workspace', async () => {
		const keys = await createDeviceKeys();
		const other = await createDeviceKeys({ library: true });
		const parent = new Uint8Array(32).fill(7);
		const actions: RosterAction[] = [
			{
				kind: 'add',
				key: other.signingPublic,
				agreementKey: other.agreementPublic,
				memberId: 'm-1',
				role: 'observer',
				after: []
			},
			{ kind: 'role', key: other.signingPublic, role: 'reader', after: [{ lane: 3, seq: 4 }] },
			{
				kind: 'remove',
				key: other.signingPublic,
				after: [
					{ lane: 0, seq: 1 },
					{ lane: 9, seq: 2 }
				]
			},
			{ kind: 'invite', invitationKey: other.signingPublic, role: 'member' },
			{
				kind: 'accept',
				invitation: parent,
				proof: new Uint8Array(64).fill(1),
				agreementKey: keys.agreementPublic,
				memberId: 'Zx_9-'
			}
		];
		for (const action of actions) {
			const read = readRosterEntry(
				await signRosterEntry(keys, WORKSPACE, [parent, parent], action)
			);
			expect(read.ok, action.kind).toBe(true);
			if (!read.ok) continue;
			expect(read.entry.action).toEqual(action);
			expect(read.entry.parents).toEqual([parent]);
			expect(read.entry.signer).toEqual(keys.signingPublic);
			expect(rosterEntryHolds(read.entry, WORKSPACE)).toBe(true);
			expect(rosterEntryHolds(read.entry, 'ws-other')).toBe(false);
		}
	});

	it('refuses to sign what it could not read back', async () => {
		const keys = await createDeviceKeys({ library: true });
		const key = keys.signingPublic;
		await expect(
			signRosterEntry(keys, WORKSPACE, [], { kind: 'remove', key: key.slice(1), after: [] })
		).rejects.toThrow();
		await expect(
			signRosterEntry(keys, WORKSPACE, [], {
				kind: 'add',
				key,
				agreementKey: key,
				memberId: 'a b',
				role: 'member',
				after: []
			})
		).rejects.toThrow();
		const many = Array.from({ length: 65 }, (_, i) => new Uint8Array(32).fill(i));
		await expect(
			signRosterEntry(keys, WORKSPACE, many, { kind: 'remove', key, after: [] })
		).rejects.toThrow();
	});

	it('refuses bytes that are not exactly one entry, with a reason, never throwing', async () => {
		const keys = await createDeviceKeys({ library: true });
		const good = await signRosterEntry(keys, WORKSPACE, [new Uint8Array(32)], {
			kind: 'remove',
			key: keys.signingPublic,
			after: []
		});
		const changed = (at: number, value: number) => {
			const out = Uint8Array.from(good);
			out[at] = value;
			return out;
		};
		const signerEnd = 1 + 32;
		expect(readRosterEntry(changed(0, 2))).toEqual({ ok: false, reason: 'unknown version 2' });
		expect(readRosterEntry(changed(signerEnd + 1 + 32, 9))).toEqual({
			ok: false,
			reason: 'unknown action'
		});
		expect(readRosterEntry(changed(signerEnd, 65))).toEqual({
			ok: false,
			reason: 'too many parents'
		});
		const extra = Uint8Array.of(
			...good.slice(0, good.length - 64),
			0,
			...good.slice(good.length - 64)
		);
		expect(readRosterEntry(extra)).toEqual({ ok: false, reason: 'bytes before the signature' });
		for (let n = 0; n < good.length; n++)
			expect(readRosterEntry(good.slice(0, n)).ok, `cut to ${n}`).toBe(false);
	});
});
