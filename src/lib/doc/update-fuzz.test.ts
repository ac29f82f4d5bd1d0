import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addDocument } from './documents';
import { newMemberId } from './ids';
import { initializeWorkspace } from './initialize';
import { createWorkspaceDoc } from './schema';
import { badUpdates, bitFlips, decodingBomb, randomDoc, seededRandom } from './bad-updates';
import { applyCheckedUpdate, checkUpdate } from './update-check';

// A fixed seed keeps CI deterministic; set CONCORD_FUZZ_SEED to explore others.
const SEED = Number(process.env.CONCORD_FUZZ_SEED ?? 20260606);
console.log(`update fuzz corpus seed: ${SEED} (replay with CONCORD_FUZZ_SEED=${SEED})`);

function workspace(): Y.Doc {
	const doc = createWorkspaceDoc();
	const creator = { id: newMemberId(), name: 'Amina', colour: '#1f5f5b' };
	initializeWorkspace(doc, { name: 'Network', locale: 'en', now: 1000, creator });
	return doc;
}

/** Real updates: a whole workspace, and a later change to it, in each format. */
function realBases() {
	const doc = workspace();
	const before = Y.encodeStateVector(doc);
	addDocument(doc, { title: 'Notes', kind: 'notes', now: 2000 });
	return {
		v1: [Y.encodeStateAsUpdate(doc), Y.encodeStateAsUpdate(doc, before)],
		v2: [Y.encodeStateAsUpdateV2(doc), Y.encodeStateAsUpdateV2(doc, before)]
	};
}

function smallBases() {
	const random = seededRandom(SEED);
	const docs = Array.from({ length: 50 }, () => randomDoc(random));
	return {
		v1: docs.map((d) => Y.encodeStateAsUpdate(d)),
		v2: docs.map((d) => Y.encodeStateAsUpdateV2(d))
	};
}

function fingerprint(doc: Y.Doc) {
	return { vector: Y.encodeStateVector(doc), state: Y.encodeStateAsUpdateV2(doc) };
}

describe(`the update guard on a fuzz corpus (seed ${SEED})`, () => {
	const bases = realBases();
	const corpus = badUpdates(SEED, bases, smallBases());

	it('has at least 2,000 bad inputs', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(2000);
	});

	it('accepts the real updates it was cut from', () => {
		for (const format of ['v1', 'v2'] as const) {
			for (const update of bases[format]) expect(checkUpdate(update, format)).toEqual({ ok: true });
		}
	});

	it('refuses every bad input with a reason and leaves the workspace byte for byte unchanged', () => {
		const target = workspace();
		const before = fingerprint(target);
		const reasons = new Map<string, number>();
		for (const bad of corpus) {
			const verdict = applyCheckedUpdate(target, bad.bytes, bad.format, 'peer');
			if (verdict.ok) throw new Error(`accepted: ${bad.label} (seed ${SEED})`);
			expect(verdict.detail, bad.label).not.toBe('');
			reasons.set(verdict.reason, (reasons.get(verdict.reason) ?? 0) + 1);
		}
		expect(fingerprint(target)).toEqual(before);
		console.log(`${corpus.length} bad inputs refused:`, Object.fromEntries(reasons));
	}, 60_000);

	it('refuses decoding bombs as too complex instead of looping', () => {
		expect(checkUpdate(decodingBomb(2 ** 40), 'v2')).toMatchObject({
			ok: false,
			reason: 'too-complex'
		});
	});

	it('refuses bit-flipped updates, or applies them without harm when they are still valid Yjs', () => {
		const flips = bitFlips(SEED, bases.v1, 200);
		const original = workspace();
		const copy = () => {
			const doc = createWorkspaceDoc();
			Y.applyUpdate(doc, Y.encodeStateAsUpdate(original));
			return doc;
		};
		let target = copy();
		const before = fingerprint(target);
		let accepted = 0;
		for (const bytes of flips) {
			const verdict = applyCheckedUpdate(target, bytes, 'v1', 'peer');
			if (!verdict.ok) {
				expect(fingerprint(target)).toEqual(before);
				continue;
			}
			accepted++;
			target = copy();
		}
		console.log(`bit flips: ${flips.length - accepted} refused, ${accepted} still valid Yjs`);
	}, 60_000);

	it('refuses what is not bytes at all', () => {
		for (const value of [null, undefined, 'text', 42, {}, [1, 2]]) {
			expect(checkUpdate(value, 'v1')).toMatchObject({ ok: false, reason: 'not-bytes' });
		}
	});
});
