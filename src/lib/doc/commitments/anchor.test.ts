import { describe, expect, it } from 'vitest';
import { deleteDocument, documentBody } from '../documents';
import { anchorPassage, resolvePassage } from './anchor';
import { copyOf, sync, testWorkspace } from './test-workspace';

const CLAUSE = 'Each member reports on its pilot every quarter.';

function anchored() {
	const workspace = testWorkspace();
	const from = CLAUSE.indexOf('reports');
	const to = CLAUSE.indexOf(' every');
	const source = anchorPassage(workspace.doc, workspace.charter, from, to)!;
	return { ...workspace, source, text: documentBody(workspace.doc, workspace.charter)! };
}

describe('a commitment passage', () => {
	it('is quoted as it was and found again where it is', () => {
		const { doc, source, charter } = anchored();
		expect(source.quote).toBe('reports on its pilot');
		expect(resolvePassage(doc, source)).toMatchObject({
			documentId: charter,
			text: 'reports on its pilot'
		});
	});

	it('moves with text written before, after and inside it, on another copy too', () => {
		const { doc, source, text } = anchored();
		const other = copyOf(doc);
		text.insert(0, 'Article 2. ');
		const otherText = documentBody(other, source.documentId)!;
		otherText.insert(CLAUSE.indexOf(' every'), ' openly');
		otherText.insert(CLAUSE.indexOf(' pilot'), ' own');
		otherText.insert(CLAUSE.indexOf('reports'), 'always ');
		sync(doc, other);
		for (const copy of [doc, other])
			expect(resolvePassage(copy, source)?.text).toBe('reports on its own pilot');
		// Text typed right before or right after the passage stays outside it.
		expect(text.toString()).toContain(
			'Article 2. Each member always reports on its own pilot openly every'
		);
	});

	it('says it is gone once every character of it is removed, or its document is', () => {
		const { doc, source, text, charter } = anchored();
		const other = copyOf(doc);
		text.delete(CLAUSE.indexOf('reports'), 'reports on its pilot'.length);
		expect(resolvePassage(doc, source)).toBeNull();
		deleteDocument(other, charter);
		expect(resolvePassage(other, source)).toBeNull();
	});

	it('is not made from an empty selection, a blank one or a missing document', () => {
		const { doc, charter } = testWorkspace();
		expect(anchorPassage(doc, charter, 4, 4)).toBeNull();
		expect(anchorPassage(doc, charter, 4, 5)).toBeNull();
		expect(anchorPassage(doc, 'nosuchnosuchnosuchno1' as typeof charter, 0, 3)).toBeNull();
	});

	it('made up by a peer resolves to nothing instead of throwing', () => {
		const { doc, charter } = testWorkspace();
		const junk = {
			documentId: charter,
			start: new Uint8Array([255, 1, 2]),
			end: new Uint8Array(),
			quote: ''
		};
		expect(resolvePassage(doc, junk)).toBeNull();
	});
});
