/**
 * The real editing trace (every keystroke of a 104,852-character paper, the "automerge-paper" trace
 * of CRDT benchmarks) that benchmarks and the convergence suite replay. It is read from
 * `../shared/data/traces/` beside the checkout when that exists; elsewhere a generated trace of
 * the same shape stands in, so that everything that replays it runs anywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** One transaction of a trace: patches `[position, deleteCount, inserted]`, applied in order. */
export interface TraceTransaction {
	patches: [number, number, string][];
}

/** An editing trace: its transactions and, for the real one, the text they must end in. */
export interface EditingTrace {
	/** The text the replay must end in; empty when the trace does not say. */
	endContent: string;
	txns: TraceTransaction[];
	/** Whether this is the real trace or the generated stand-in. */
	real: boolean;
}

const PATH = '../shared/data/traces/automerge-paper.json.gz';

function generated(): EditingTrace {
	return {
		endContent: '',
		real: false,
		txns: Array.from({ length: 50_000 }, (_, i) => ({
			patches: [[i % 7 === 6 ? i - 3 : i - Math.floor(i / 7), i % 7 === 6 ? 1 : 0, 'x']]
		}))
	};
}

/** Loads the real trace when it is beside the checkout, or the generated stand-in. */
export function loadEditingTrace(): EditingTrace {
	if (!existsSync(PATH)) return generated();
	const trace = JSON.parse(gunzipSync(readFileSync(PATH)).toString()) as Omit<EditingTrace, 'real'>;
	return { endContent: trace.endContent ?? '', txns: trace.txns, real: true };
}
