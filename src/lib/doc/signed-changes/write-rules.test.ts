import { toHexString } from 'lib0/buffer';
import { describe, expect, it } from 'vitest';
import { createDeviceKeys } from '../../trust/device-keys';
import { readRosterEntry, signRosterEntry } from '../../trust/roster-entry';
import type { Touch } from './touches';
import { mayWrite } from './write-rules';

const add = (...path: string[]): Touch => ({ path, kind: 'add', format: null });
const del = (...path: string[]): Touch => ({ path, kind: 'delete', format: null });
const mark = (format: string): Touch => ({
	path: ['documents', 'd-1', 'text'],
	kind: 'add',
	format
});

describe('what each role may write', () => {
	it('lets anyone add a roster entry under its own name, and nobody delete or misname one', async () => {
		const keys = await createDeviceKeys({ library: true });
		const bytes = await signRosterEntry(keys, 'ws', [], {
			kind: 'remove',
			key: keys.signingPublic,
			after: []
		});
		const read = readRosterEntry(bytes);
		const name = read.ok ? toHexString(read.entry.hash) : '';
		const entry: Touch = { ...add('rosterLog', name), binary: bytes };
		const refused = {
			ok: false,
			reason: 'roster entries are only ever added, each under its own name'
		};
		for (const role of [null, 'reader', 'observer', 'member', 'facilitator'] as const) {
			expect(mayWrite(role, [entry]).ok, String(role)).toBe(true);
			expect(mayWrite(role, [del('rosterLog', name)]), String(role)).toEqual(refused);
			expect(mayWrite(role, [{ ...entry, path: ['rosterLog', 'ab12'] }]), String(role)).toEqual(
				refused
			);
			expect(mayWrite(role, [add('rosterLog', name)]), String(role)).toEqual(refused);
		}
	});

	it('keeps readers and strangers from writing anything else', () => {
		expect(mayWrite('reader', [add('documents', 'd-1', 'text')])).toEqual({
			ok: false,
			reason: 'a reader writes nothing'
		});
		expect(mayWrite(null, [add('comments', 't-1')])).toEqual({
			ok: false,
			reason: 'its signer is not in the group'
		});
	});

	it('lets an observer comment, mark the passage and be named as author, nothing more', () => {
		expect(
			mayWrite('observer', [add('comments', 't-1'), mark('comment:t-1'), add('authors', 'm-1')]).ok
		).toBe(true);
		for (const touch of [
			mark('bold'),
			add('documents', 'd-1', 'text'),
			del('documents', 'd-1', 'text')
		])
			expect(mayWrite('observer', [touch])).toEqual({
				ok: false,
				reason: 'an observer only comments'
			});
	});

	it('lets members write the workspace, and only facilitators write collected history', () => {
		expect(mayWrite('member', [add('documents', 'd-1', 'text'), del('decisions', 'x')]).ok).toBe(
			true
		);
		expect(mayWrite('member', [add('*')])).toEqual({
			ok: false,
			reason: 'only a facilitator writes removed history'
		});
		expect(mayWrite('facilitator', [add('*')]).ok).toBe(true);
	});
});
