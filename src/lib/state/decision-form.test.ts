import { describe, expect, it } from 'vitest';
import type { DocumentId } from '../workspace';
import { DecisionForm, NEW_VERSION } from './decision-form.svelte';
import { DocumentHistory } from './document-history.svelte';
import { openTestWorkspace } from './test-workspace';

/** A facilitator's workspace on an in-memory device, and the history of its first document. */
async function charter() {
	const { workspace } = await openTestWorkspace();
	const id: DocumentId = workspace.documents.list()[0]!.id;
	const history = new DocumentHistory(workspace, id, () => workspace.members.list());
	return { workspace, history };
}

describe('the form that opens a decision', () => {
	it('starts on a new version with a week to answer, and opens the decision it shows', async () => {
		const { history } = await charter();
		const form = new DecisionForm(history);
		form.reset('Version 1');
		expect(form.version).toBe(NEW_VERSION);
		expect(form.chosenName).toBe('Version 1');
		expect(new Date(form.closes).getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);
		form.question = 'Adopt version 1?';
		expect(form.submit()).toBeNull();
		expect(history.versions.map((v) => v.name)).toEqual(['Version 1']);
		expect(history.decisions[0]?.decision).toMatchObject({
			question: 'Adopt version 1?',
			rule: 'consent',
			quorum: null
		});
		// Opened again, it starts from the version just saved.
		form.reset('Version 2');
		expect(form.chosenName).toBe('Version 1');
	});

	it('says what is missing and writes nothing until it is right', async () => {
		const { history } = await charter();
		const form = new DecisionForm(history);
		form.reset('  ');
		form.question = 'Adopt?';
		expect(form.submit()).toBe('no-version-name');
		form.versionName = 'Draft';
		form.question = ' ';
		expect(form.submit()).toBe('no-question');
		form.question = 'Adopt the draft?';
		form.closes = '2001-01-01T10:00';
		expect(form.submit()).toBe('closes-past');
		form.reset('Draft');
		form.question = 'Adopt the draft?';
		// One member may answer: a quorum of two cannot be reached; an emptied field is no quorum.
		form.quorum = 2;
		expect(form.submit()).toBe('quorum');
		expect(form.largestQuorum).toBe(1);
		expect(history.versions).toEqual([]);
		expect(history.decisions).toEqual([]);
		form.quorum = '';
		expect(form.submit()).toBeNull();
		expect(history.decisions[0]?.decision.quorum).toBeNull();
	});
});
