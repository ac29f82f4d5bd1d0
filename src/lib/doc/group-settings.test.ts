import { describe, expect, it } from 'vitest';
import { readGroupSettings, writeGroupSettings } from './group-settings';
import { createWorkspaceDoc, META, metaMap } from './schema';

describe('the group’s settings', () => {
	it('start from consent, no quorum and a check-in every 30 days, and keep what the group chose', () => {
		const doc = createWorkspaceDoc();
		expect(readGroupSettings(doc)).toEqual({
			decisionRule: 'consent',
			decisionQuorum: null,
			checkInDays: 30
		});
		expect(
			writeGroupSettings(doc, { decisionRule: 'majority', decisionQuorum: 5, checkInDays: 14 })
		).toBe(true);
		expect(readGroupSettings(doc)).toEqual({
			decisionRule: 'majority',
			decisionQuorum: 5,
			checkInDays: 14
		});
		writeGroupSettings(doc, { decisionQuorum: null });
		expect(readGroupSettings(doc).decisionQuorum).toBeNull();
	});

	it('refuse values out of range, and read a peer’s malformed ones as the defaults', () => {
		const doc = createWorkspaceDoc();
		expect(writeGroupSettings(doc, { checkInDays: 0 })).toBe(false);
		expect(writeGroupSettings(doc, { decisionQuorum: 2.5 })).toBe(false);
		metaMap(doc).set(META.decisionRule, 'dictator');
		metaMap(doc).set(META.checkInDays, 1e9);
		metaMap(doc).set(META.decisionQuorum, -3);
		expect(readGroupSettings(doc)).toEqual({
			decisionRule: 'consent',
			decisionQuorum: null,
			checkInDays: 30
		});
	});
});
