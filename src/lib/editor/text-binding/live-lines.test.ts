// @vitest-environment jsdom
import * as prng from 'lib0/prng';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { copiesOf, type EditorCopy } from './test-editors';
import { paragraph } from '../../doc';

/*
 * Members on a call press Enter at the end of one paragraph at once and each type a line, while
 * their keystrokes reach one another in any order and at any moment (each a real TipTap editor
 * bound to its own Yjs document). Another member meanwhile types at the end of that paragraph,
 * and another at the start of the next. Every line must end whole, on a line of its own, on every
 * copy. Random: the seed is printed, and SEED=<n> replays it.
 */

const SCENARIOS = 150;
const MEMBERS = 4;
const base = Number(process.env.SEED ?? Math.floor(Math.random() * 2 ** 31));

let copies: EditorCopy[] = [];
afterEach(() => copies.forEach((copy) => copy.destroy()));

/** One scenario; returns what the first copy shows once every change has reached every copy. */
function scenario(seed: number): string[] {
	const random = prng.create(seed);
	copies = copiesOf(MEMBERS + 2, [paragraph('Our lines:'), paragraph('Next')]);
	copies.forEach((copy) => (copy.doc.clientID = prng.uint32(random, 1, 2 ** 30)));
	const [atEnd, atNext] = [copies[MEMBERS]!, copies[MEMBERS + 1]!];
	atEnd.caretAfter('Our lines:');
	atNext.caretAt(atNext.editor.state.doc.child(0).nodeSize + 1);
	const typing = copies.map((_, i) =>
		i < MEMBERS ? `\nLine ${i}.` : i === MEMBERS ? ' (all of us)' : 'The '
	);
	const typed = copies.map(() => 0);
	const deliver = (from: EditorCopy, to: EditorCopy) =>
		Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)), from);
	while (typed.some((count, i) => count < typing[i]!.length)) {
		const i = prng.uint32(random, 0, copies.length - 1);
		const copy = copies[i]!;
		if (prng.bool(random) && typed[i]! < typing[i]!.length) {
			const char = typing[i]![typed[i]!++]!;
			// Enter at the end of the first paragraph, whatever others have typed there.
			if (char === '\n') copy.caretAt(copy.editor.state.doc.child(0).nodeSize - 1).press('Enter');
			else copy.type(char);
		} else {
			const to = copies[prng.uint32(random, 0, copies.length - 1)]!;
			if (to !== copy) deliver(copy, to);
		}
	}
	for (const from of copies) for (const to of copies) if (from !== to) deliver(from, to);
	const shown = copies[0]!.shown();
	for (const copy of copies) {
		expect(copy.shown()).toEqual(shown);
		expect(copy.inStep()).toBe(true);
	}
	return shown;
}

it(`keeps every member's new line whole (${SCENARIOS} scenarios from seed ${base}; SEED=${base} replays)`, () => {
	console.log(`live lines: seed ${base} (replay with SEED=${base})`);
	for (let k = 0; k < SCENARIOS; k++) {
		const seed = base + k;
		const shown = scenario(seed);
		copies.forEach((copy) => copy.destroy());
		copies = [];
		const lines = Array.from({ length: MEMBERS }, (_, i) => `Line ${i}.`);
		expect(shown[0], `seed ${seed}`).toBe('Our lines: (all of us)');
		expect(shown.slice(1, -1).sort(), `seed ${seed}`).toEqual(lines);
		expect(shown.at(-1), `seed ${seed}`).toBe('The Next');
	}
	// 150 scenarios of real editors: on a machine busy with other suites they can outlast the
	// default limit, and time is not what this checks.
}, 120_000);
