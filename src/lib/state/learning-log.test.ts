import { describe, expect, it } from 'vitest';
import { LearningLogView } from './learning-log.svelte';
import { openTestWorkspace } from './test-workspace';

/** A facilitator's workspace on an in-memory device, on 1 March 2027 at noon. */
const openWorkspace = () => openTestWorkspace(Date.UTC(2027, 2, 1, 12));

describe('the learning log', () => {
	it('refuses an entry that says nothing, writes one named or not, and shows both as this person’s', async () => {
		const { workspace } = await openWorkspace();
		const log = new LearningLogView(workspace, () => false);
		const form = log.form();
		expect(form.on).toBe('2027-03-01');
		expect(form.submit()).toEqual({ problem: 'text-missing' });
		form.tried = 'Meeting by radio';
		form.on = '';
		expect(form.submit()).toEqual({ problem: 'date-missing' });
		form.on = '2026-10-04';
		form.tags = ['challenge'];
		expect(form.submit()).toHaveProperty('id');
		form.startNew();
		form.learned = 'Échec du sondage: ask in person';
		form.tags = ['failure', 'lesson'];
		form.named = false;
		form.shared = true;
		const unnamed = form.submit();
		if (!('id' in unnamed)) throw new Error(JSON.stringify(unnamed));
		expect(log.all.map((r) => [r.entry.by === null, r.mine, r.mayEdit])).toEqual([
			[true, true, true],
			[false, true, true]
		]);
		expect(log.sharedCount).toBe(1);
		expect(log.years).toEqual(['2027', '2026']);

		log.filters.tag = 'failure';
		expect(log.rows.map((r) => r.entry.id)).toEqual([unnamed.id]);
		log.clearFilters();
		log.filters.year = '2026';
		expect(log.rows.map((r) => r.entry.tried)).toEqual(['Meeting by radio']);
		log.clearFilters();
		log.filters.words = 'ECHEC sondage';
		expect(log.rows.map((r) => r.entry.id)).toEqual([unnamed.id]);
		log.filters.words = 'nowhere';
		expect(log.rows).toEqual([]);
		expect(log.filtered).toBe(true);

		// Editing keeps an unnamed entry unnamed.
		const edit = log.form();
		edit.startEditing(log.all[0]!.entry);
		expect(edit.editing).toBe(true);
		edit.happened = 'Half the towns answered';
		expect(edit.submit()).toEqual({ id: unnamed.id });
		expect(workspace.learningLog.get(unnamed.id)).toMatchObject({
			by: null,
			happened: 'Half the towns answered'
		});
		expect(log.setShared(unnamed.id, false)).toBeNull();
		expect(log.sharedCount).toBe(0);
		expect(log.comment(unnamed.id, '   ')).toEqual({ problem: 'empty' });
		expect(log.comment(unnamed.id, 'Thank you')).toHaveProperty('id');
		expect(log.all[0]!.entry.comments.map((c) => c.text)).toEqual(['Thank you']);
	});

	it('lets nobody change anything on a read-only copy', async () => {
		const { workspace } = await openWorkspace();
		workspace.learningLog.write(
			{ tried: 'x', happened: '', learned: '', tags: [], on: '2027-01-01' as never, shared: false },
			{ named: true }
		);
		const log = new LearningLogView(workspace, () => true);
		expect(log.mayWrite).toBe(false);
		expect(log.all[0]).toMatchObject({ mine: true, mayEdit: false });
	});
});
