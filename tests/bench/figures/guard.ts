/**
 * What checking a peer's updates costs: the real editing trace's updates, each checked
 * (`checkUpdate`, as the connection guard does) then applied, against applying them unchecked,
 * in the same run; and the same for the whole state, as a first sync carries it.
 */
import * as Y from 'yjs';
import { checkUpdate } from '../../../src/lib/doc/update-check';
import type { Figure, FigureSource } from '../suite/figure';
import type { BenchStage } from '../suite/stage';
import { traceUpdates } from './trace-updates';

/** The fastest of `rounds` runs, after one warm-up run, in milliseconds. */
export function fastest(rounds: number, run: () => void): number {
	run();
	let best = Infinity;
	for (let i = 0; i < rounds; i++) {
		const start = performance.now();
		run();
		best = Math.min(best, performance.now() - start);
	}
	return best;
}

function applyAll(updates: Uint8Array[], checked: boolean): void {
	const doc = new Y.Doc({ gc: false });
	for (const update of updates) {
		if (checked && !checkUpdate(update, 'v1').ok) throw new Error('a real update was refused');
		Y.applyUpdate(doc, update, 'peer');
	}
}

export const guardFigures: FigureSource = {
	title: 'Peer updates checked',
	async measure(stage: BenchStage) {
		const count = stage.pick(20_000, Infinity);
		const rounds = stage.pick(2, 3);
		const { updates, state, real } = traceUpdates(count);
		const whole = Y.encodeStateAsUpdate(state);
		const source = `${real ? 'real' : 'generated'} trace`;
		const one = fastest(rounds, () => applyAll(updates, false));
		const oneChecked = fastest(rounds, () => applyAll(updates, true));
		const all = fastest(rounds, () => applyAll([whole], false));
		const allChecked = fastest(rounds, () => applyAll([whole], true));
		const kb = (bytes: number) => (bytes / 1024).toFixed(0);
		const total = updates.reduce((n, u) => n + u.length, 0);
		return [
			{
				name: 'Peer updates, one per transaction: checked + applied',
				concord: { value: oneChecked, unit: 'ms' },
				baseline: { name: 'Y.applyUpdate', value: one, unit: 'ms' },
				goal: { maxRatio: 1.5 },
				note: `${updates.length} updates (${kb(total)} KiB v1) of the ${source}, fastest of ${rounds}`
			},
			{
				name: 'First sync, the whole state: checked + applied',
				concord: { value: allChecked, unit: 'ms' },
				baseline: { name: 'Y.applyUpdate', value: all, unit: 'ms' },
				goal: { maxRatio: 1.5 },
				note: `one update of ${kb(whole.length)} KiB v1 (${updates.length} transactions), fastest of ${rounds}`
			}
		] satisfies Figure[];
	}
};
