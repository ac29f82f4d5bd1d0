import { describe, expect, it } from 'vitest';
import {
	addDocument,
	createWorkspaceDoc,
	documentBody,
	newMemberId,
	saveVersion,
	versionSnapshot,
	heading,
	markPassage,
	paragraph,
	type ThreadId
} from '../../doc';
import { blocksOf } from './model';

describe('reading a body at a named version', () => {
	it('shows a heading at the level it had then, not the level it has now', () => {
		const doc = createWorkspaceDoc();
		const id = addDocument(doc, {
			title: 'Charter',
			kind: 'charter',
			blocks: [heading(2, 'Purpose')],
			now: 1
		});
		const version = saveVersion(doc, { documentId: id, name: 'v1', author: newMemberId(), now: 2 });
		const body = documentBody(doc, id)!;
		body.format(body.length - 1, 1, { level: 3 });
		expect(blocksOf(body, { at: versionSnapshot(doc, version)! })).toEqual([
			{ type: 'heading', level: 2, runs: [{ text: 'Purpose' }] }
		]);
		expect(blocksOf(body)).toEqual([{ type: 'heading', level: 3, runs: [{ text: 'Purpose' }] }]);
	});

	it('reads text in a comment thread as the same run as the text around it', () => {
		const doc = createWorkspaceDoc();
		const id = addDocument(doc, {
			title: 'Charter',
			kind: 'charter',
			blocks: [paragraph('We meet every month.')],
			now: 1
		});
		const body = documentBody(doc, id)!;
		const before = blocksOf(body);
		markPassage(body, 3, 8, 'threadthreadthread001' as ThreadId);
		expect(blocksOf(body)).toEqual(before);
		expect(before).toEqual([{ type: 'paragraph', runs: [{ text: 'We meet every month.' }] }]);
	});
});
