import { describe, expect, it } from 'vitest';
import {
	appendBlockLines,
	documentBody,
	paragraph,
	submitAmendment,
	getAmendment
} from '../../doc';
import { AmendmentFork } from '../../doc/amendments/fork';
import { testWorkspace } from '../../doc/commitments/test-workspace';
import { amendmentDiff } from './amendment-review';
import { runsIn } from './compare';

/** The charter with a second paragraph, and Ben's amendment of the first: "month" for "quarter". */
function amended() {
	const w = testWorkspace();
	const body = documentBody(w.doc, w.charter)!;
	appendBlockLines(body, [paragraph('Members meet twice a year.')]);
	const fork = AmendmentFork.open(w.doc, { documentId: w.charter, member: w.ben })!;
	const at = fork.body!.toString().indexOf('quarter');
	fork.body!.delete(at, 'quarter'.length);
	fork.body!.insert(at, 'month');
	const { base, change } = fork.change;
	const id = submitAmendment(w.doc, {
		documentId: w.charter,
		quote: '',
		rationale: 'Faster.',
		base,
		change: change!,
		by: w.ben,
		now: 5
	});
	return { ...w, body, amendment: () => getAmendment(w.doc, id)! };
}

const changed = (blocks: Parameters<typeof runsIn>[0]) =>
	runsIn(blocks)
		.filter((run) => run.change)
		.map((run) => `${run.change}:${run.text}`);

describe('an amendment under review', () => {
	it('shows only the paragraph it changes, with the words inserted and deleted', () => {
		const { doc, amendment } = amended();
		const diff = amendmentDiff(doc, amendment())!;
		expect(diff.proposed.blocks).toHaveLength(1);
		expect(changed(diff.proposed.blocks)).toEqual(['deleted:quarter', 'inserted:month']);
		expect(diff.today).toBeNull();
	});

	it('is not stale when another paragraph changed since, and is when its own did', () => {
		const { doc, body, amendment } = amended();
		body.insert(body.toString().indexOf('twice'), 'at least ');
		expect(amendmentDiff(doc, amendment())!.today).toBeNull();
		body.insert(0, 'Rule 1: ');
		const today = amendmentDiff(doc, amendment())!.today!;
		expect(
			runsIn(today.blocks)
				.map((run) => run.text)
				.join('')
		).toContain('Rule 1: ');
		expect(changed(today.blocks)).toEqual(['deleted:quarter', 'inserted:month']);
	});
});
