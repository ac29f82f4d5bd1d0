import { describe, expect, it } from 'vitest';
import type { Workspace } from '../workspace';
import { CheckInForm } from './check-in-form.svelte';
import { CommitmentForm } from './commitment-form.svelte';
import { CommitmentList } from './commitment-list.svelte';
import { openTestWorkspace } from './test-workspace';

const DAY = 86_400_000;

/** A facilitator's workspace on an in-memory device, on 1 March 2027 at noon. */
const openWorkspace = () => openTestWorkspace(Date.UTC(2027, 2, 1, 12));

describe('the commitment form', () => {
	it('starts kept by this person from today, refuses what cannot be kept, and makes the commitment', async () => {
		const { workspace } = await openWorkspace();
		const form = new CommitmentForm(workspace);
		form.startNew();
		expect(form.ownerMembers).toEqual([workspace.members.me]);
		expect(form.startOn).toBe('2027-03-01');
		expect(form.submit()).toEqual({ problem: 'title-missing' });
		form.title = 'Map the wells';
		form.dueOn = '2027-02-01';
		expect(form.submit()).toEqual({ problem: 'due-before-start' });
		form.ownerMembers = [];
		form.dueOn = '2027-03-20';
		expect(form.submit()).toEqual({ problem: 'owners-missing' });
		expect(workspace.commitments.list()).toEqual([]);
		form.ownerOrganisations = ['Red Sol'];
		form.status = 'on-track';
		const result = form.submit();
		expect(result).toHaveProperty('id');
		expect(workspace.commitments.list()[0]).toMatchObject({
			title: 'Map the wells',
			owners: [{ kind: 'organisation', name: 'Red Sol' }],
			dueOn: '2027-03-20',
			status: 'on-track'
		});
	});
});

describe('the commitments list', () => {
	it('filters by overdue and check-in due on the injected clock, soonest due first', async () => {
		const { workspace, clock } = await openWorkspace();
		const make = (title: string, dueOn: string | null) => {
			const form = new CommitmentForm(workspace);
			form.startNew();
			form.title = title;
			form.dueOn = dueOn ?? '';
			const result = form.submit();
			if (!('id' in result)) throw new Error(JSON.stringify(result));
			return result.id;
		};
		make('Undated', null);
		const late = make('Report', '2027-03-10');
		make('Survey', '2027-03-05');
		const list = new CommitmentList(workspace, () => workspace.members.list());
		expect(list.rows.map((r) => r.commitment.title)).toEqual(['Survey', 'Report', 'Undated']);
		clock.advance(8 * DAY);
		expect(list.rows.map((r) => r.due.kind)).toEqual(['overdue', 'due-soon', 'none']);
		list.filters.overdue = true;
		expect(list.rows.map((r) => r.commitment.title)).toEqual(['Survey']);
		list.clearFilters();
		clock.advance(30 * DAY);
		const checkIn = new CheckInForm(workspace, late);
		checkIn.startNew('at-risk');
		expect(checkIn.submit()).toBeNull();
		list.filters.checkInDue = true;
		expect(list.rows.map((r) => r.commitment.title)).toEqual(['Survey', 'Undated']);
		expect(list.counts).toEqual({ total: 3, open: 3, overdue: 2, checkInDue: 2 });
		expect(list.columns.find((c) => c.status === 'at-risk')?.rows).toHaveLength(0);
	});

	it('refuses a check-in link that is not http or https, and keeps nothing of it', async () => {
		const { workspace } = await openWorkspace();
		const form = new CommitmentForm(workspace);
		form.startNew();
		form.title = 'Map the wells';
		const result = form.submit() as { id: Parameters<Workspace['commitments']['get']>[0] };
		const checkIn = new CheckInForm(workspace, result.id);
		checkIn.startNew('');
		expect(checkIn.submit()).toBe('empty');
		checkIn.narrative = 'Half the wells mapped';
		checkIn.evidence = 'javascript:alert(1)';
		expect(checkIn.submit()).toBe('bad-link');
		expect(workspace.commitments.get(result.id)!.checkIns).toEqual([]);
		checkIn.evidence = 'https://example.org/map';
		expect(checkIn.submit()).toBeNull();
		expect(workspace.commitments.get(result.id)!.checkIns[0]).toMatchObject({
			narrative: 'Half the wells mapped',
			evidence: 'https://example.org/map'
		});
	});
});

describe('changing a commitment', () => {
	it('writes only what this person changed, so what a peer changed meanwhile stays', async () => {
		const { workspace, clock } = await openWorkspace();
		const form = new CommitmentForm(workspace);
		form.startNew();
		form.title = 'Map the wells';
		const { id } = form.submit() as { id: Parameters<Workspace['commitments']['get']>[0] };
		const edit = new CommitmentForm(workspace);
		edit.startEdit(workspace.commitments.get(id)!);
		// Meanwhile another member sets a due date and a status.
		clock.advance(60_000);
		workspace.commitments.update(id, { dueOn: '2027-05-01' as never });
		workspace.commitments.setStatus(id, 'at-risk');
		edit.title = 'Map every well';
		expect(edit.submit()).toEqual({ id });
		expect(workspace.commitments.get(id)).toMatchObject({
			title: 'Map every well',
			dueOn: '2027-05-01',
			status: 'at-risk'
		});
	});
});
