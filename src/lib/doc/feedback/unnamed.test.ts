import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { copyOf } from '../commitments/test-workspace';
import { Authorship } from '../authors';
import { getRound } from './read';
import { openRound } from './test-round';
import { answerUnnamed, newAnswerKey } from './unnamed';

describe('unnamed answers', () => {
	it('hold no member id and no client id of their writer in the stored state', () => {
		const { doc, id, q, ben } = openRound(false);
		const authorship = new Authorship(doc, (run) => run());
		authorship.claimLocalChanges(ben);
		const key = newAnswerKey();
		const values = {
			[q[0]!]: { rating: 1 },
			[q[1]!]: { choices: ['Email'] },
			[q[2]!]: { yes: false },
			[q[3]!]: { text: 'Candid words' }
		};
		answerUnnamed(doc, id, { member: ben, key, values });
		// Changing it replaces it, still apart from its writer.
		answerUnnamed(doc, id, { member: ben, key, values: { ...values, [q[0]!]: { rating: 2 } } });
		const peer = copyOf(doc);
		const round = getRound(peer, id)!;
		expect(round.answers).toEqual([
			{ key, by: null, values: { ...values, [q[0]!]: { rating: 2 } } }
		]);
		expect(round.respondents).toEqual([ben]);
		// The stored state, item by item: the answer's items are written by clients that wrote
		// nothing else and that the authorship record gives to no one.
		const { structs } = Y.decodeUpdate(Y.encodeStateAsUpdate(peer));
		const answerItems = structs.filter(
			(s) =>
				s instanceof Y.Item &&
				s.content instanceof Y.ContentAny &&
				JSON.stringify(s.content.arr).includes('Candid words')
		);
		expect(answerItems.length).toBeGreaterThan(0);
		const writers = new Set(answerItems.map((s) => s.id.client));
		expect(writers.has(doc.clientID)).toBe(false);
		for (const struct of structs)
			if (writers.has(struct.id.client) && struct instanceof Y.Item) {
				const text = JSON.stringify(
					struct.content instanceof Y.ContentAny ? struct.content.arr : null
				);
				expect(text).not.toContain(ben);
				expect(struct.parentSub === null || struct.parentSub === key).toBe(true);
			}
		for (const client of writers) expect(authorship.authorOfClient(client)).toBeNull();
	});

	it('refuse an unnamed answer on a named round', () => {
		const { doc, id, q, ben } = openRound(true);
		expect(
			answerUnnamed(doc, id, {
				member: ben,
				key: newAnswerKey(),
				values: { [q[0]!]: { rating: 1 } }
			})
		).toBe(false);
	});
});
