import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cleanLine, cutAt, wellFormed } from './meta';

describe('lines of text from anywhere', () => {
	it('are cut between characters, never through one', () => {
		expect(cutAt('ab😀c', 3)).toBe('ab');
		expect(cutAt('ab😀c', 4)).toBe('ab😀');
		expect(cleanLine('  Río   河流😀 ', 7)).toBe('Río 河流');
	});

	it('read the same on the copy that wrote half a character and on the copies that received it', () => {
		const mine = new Y.Doc();
		mine.getMap('m').set('quote', 'well \uD83C');
		const theirs = new Y.Doc();
		Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
		const read = (doc: Y.Doc) => cleanLine(doc.getMap('m').get('quote'), 100);
		expect(read(mine)).toBe(read(theirs));
		expect(read(mine)).toBe('well \uFFFD');
		expect(wellFormed('\uDC00a\uD83D\uDE00')).toBe('\uFFFDa😀');
	});
});
