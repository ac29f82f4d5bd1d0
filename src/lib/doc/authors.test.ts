import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Authorship } from './authors';
import type { MemberId } from './ids';
import { ROOT, createWorkspaceDoc } from './schema';

const amina = 'member-amina-0000001' as MemberId;

describe('the record of who deleted what', () => {
	it('names who deleted text, with what one copy deleted before the record is written in one entry', () => {
		const later: (() => void)[] = [];
		const doc = createWorkspaceDoc();
		const text = doc.getText('body');
		text.insert(0, 'We meet every month, on Mondays.');
		const authorship = new Authorship(doc, (run) => later.push(run));
		authorship.claimLocalChanges(amina);
		// The id of the character at `index` of the text as it reads now.
		const idAt = (index: number) => {
			let item = text._start;
			let at = 0;
			while (item && (item.deleted || at + item.length <= index)) {
				if (!item.deleted) at += item.length;
				item = item.right;
			}
			return Y.createID(item!.id.client, item!.id.clock + (index - at));
		};
		const months = idAt(8);
		const mondays = idAt(24);
		text.delete(24, 7); // "Mondays"
		text.delete(8, 6); // "every "
		expect(later).toHaveLength(1);
		later.splice(0).forEach((run) => run());
		const ds = (doc.getMap(ROOT.authors).get(amina) as Y.Map<Y.Array<unknown>>).get('ds')!;
		expect(ds.length).toBe(1);
		expect(authorship.authorOfDeletion(months)).toBe(amina);
		expect(authorship.authorOfDeletion(mondays)).toBe(amina);
		// A later deletion is a later entry.
		text.delete(0, 3);
		later.splice(0).forEach((run) => run());
		expect(ds.length).toBe(2);
	});
});
