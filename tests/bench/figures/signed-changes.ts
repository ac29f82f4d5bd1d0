/**
 * What signing costs: the real editing trace typed by one device in one lane, one signed
 * envelope per typing burst (a run of keystrokes at one place, at most 64), then received by
 * another copy through the ledger that judges every change (signature, lane order, role, client
 * ids), against today's unsigned path: one update per keystroke, applied as it comes. Sizes are
 * the envelopes against the unsigned updates on the wire and against what the store keeps today.
 */
import * as Y from 'yjs';
import { burstUpdate } from '../../../src/lib/doc/signed-changes/burst';
import { ChangeLedger } from '../../../src/lib/doc/signed-changes/ledger';
import { createDeviceKeys, type DeviceKeys } from '../../../src/lib/trust/device-keys';
import {
	laneClientId,
	readEnvelope,
	signedBytes,
	signEnvelope
} from '../../../src/lib/trust/envelope';
import { loadEditingTrace, type TraceTransaction } from '../../support/editing-trace';
import type { Figure, FigureSource } from '../suite/figure';
import type { BenchStage } from '../suite/stage';

const WORKSPACE = 'ws-bench';
/** The most keystrokes one envelope carries, as when someone types on without a pause. */
const MAX_BURST = 64;

/** Groups transactions into bursts: runs of typing (or deleting) at one place. */
export function bursts(txns: readonly TraceTransaction[]): TraceTransaction[][] {
	const out: TraceTransaction[][] = [];
	let next = -1;
	let inserting = false;
	for (const txn of txns) {
		const [pos, , ins] = txn.patches[0]!;
		const insert = ins.length > 0;
		const runs = insert === inserting && (insert ? pos === next : pos === next || pos === next - 1);
		if (!runs || out[out.length - 1]!.length >= MAX_BURST) out.push([]);
		out[out.length - 1]!.push(txn);
		next = insert ? pos + ins.length : pos;
		inserting = insert;
	}
	return out;
}

function typeInto(text: Y.Text, txn: TraceTransaction): void {
	text.doc!.transact(() => {
		for (const [pos, del, ins] of txn.patches) {
			if (del) text.delete(pos, del);
			if (ins) text.insert(pos, ins);
		}
	});
}

/**
 * Types the bursts in one lane and signs one envelope per burst: the burst's transactions'
 * update (`burstUpdate`, as a session will send it). Returns them and the signing time.
 */
async function signBursts(keys: DeviceKeys, groups: TraceTransaction[][]) {
	const doc = new Y.Doc({ gc: false });
	doc.clientID = laneClientId(keys.signingPublic, 1);
	const text = doc.getText('body');
	let pending: Uint8Array[] = [];
	doc.on('update', (update: Uint8Array) => pending.push(update));
	const envelopes: Uint8Array[] = [];
	let signing = 0;
	for (const [i, group] of groups.entries()) {
		const since = Y.getState(doc.store, doc.clientID);
		for (const txn of group) typeInto(text, txn);
		const update = burstUpdate(doc, since, pending);
		pending = [];
		const start = performance.now();
		envelopes.push(await signEnvelope(keys, WORKSPACE, { lane: 1, seq: i + 1 }, update));
		signing += performance.now() - start;
	}
	return { envelopes, signing };
}

/** One update per keystroke, as peers send them today, and the time a copy takes to apply them. */
function unsigned(txns: readonly TraceTransaction[]) {
	const doc = new Y.Doc({ gc: false });
	const updates: Uint8Array[] = [];
	doc.on('update', (update: Uint8Array) => updates.push(update));
	for (const txn of txns) typeInto(doc.getText('body'), txn);
	const copy = new Y.Doc({ gc: false });
	const start = performance.now();
	for (const update of updates) Y.applyUpdate(copy, update, 'peer');
	return { updates, applying: performance.now() - start, state: Y.encodeStateAsUpdate(copy) };
}

function receive(keys: DeviceKeys, envelopes: Uint8Array[]): number {
	const ledger = new ChangeLedger(new Y.Doc({ gc: false }), WORKSPACE, keys.signingPublic);
	const start = performance.now();
	for (const envelope of envelopes) {
		const [judged] = ledger.receive(envelope);
		if (judged?.verdict.kind !== 'applied') throw new Error('an honest envelope was not applied');
	}
	return performance.now() - start;
}

async function webCryptoVerifying(keys: DeviceKeys, envelopes: Uint8Array[]): Promise<number> {
	const key = await crypto.subtle.importKey(
		'raw',
		keys.signingPublic as Uint8Array<ArrayBuffer>,
		'Ed25519',
		false,
		['verify']
	);
	const start = performance.now();
	for (const bytes of envelopes) {
		const read = readEnvelope(bytes);
		if (!read.ok) throw new Error(read.reason);
		const message = signedBytes(WORKSPACE, read.envelope) as Uint8Array<ArrayBuffer>;
		const signature = read.envelope.signature as Uint8Array<ArrayBuffer>;
		if (!(await crypto.subtle.verify('Ed25519', key, signature, message)))
			throw new Error('WebCrypto refused an honest signature');
	}
	return performance.now() - start;
}

export const signedChangeFigures: FigureSource = {
	title: 'Signed changes',
	async measure(stage: BenchStage): Promise<Figure[]> {
		const trace = loadEditingTrace();
		const txns = trace.txns.slice(0, stage.pick(20_000, Infinity));
		const groups = bursts(txns);
		const keys = await createDeviceKeys();
		const today = unsigned(txns);
		const signed = await signBursts(keys, groups);
		const receiving = receive(keys, signed.envelopes);
		const webCrypto = await webCryptoVerifying(keys, signed.envelopes);
		const bytes = (list: Uint8Array[]) => list.reduce((n, u) => n + u.length, 0);
		const kib = (n: number) => n / 1024;
		const source = `${txns.length} keystrokes of the ${trace.real ? 'real' : 'generated'} trace in ${groups.length} bursts, ${keys.stored.kind} keys`;
		return [
			{
				name: 'Signed changes: signing every burst (the writer)',
				concord: { value: signed.signing, unit: 'ms' },
				baseline: { name: 'applying the unsigned updates', value: today.applying, unit: 'ms' },
				note: source
			},
			{
				name: 'Signed changes: received through the ledger (checked + applied)',
				concord: { value: receiving, unit: 'ms' },
				baseline: { name: 'applying the unsigned updates', value: today.applying, unit: 'ms' },
				goal: { maxRatio: 1.5 },
				note: `${source}; signatures verified by @noble/curves`
			},
			{
				name: 'Signed changes: verifying with WebCrypto instead (not adopted)',
				concord: { value: webCrypto, unit: 'ms' },
				baseline: { name: 'applying the unsigned updates', value: today.applying, unit: 'ms' },
				note: 'signatures only, for the choice open in trust/README.md'
			},
			{
				name: 'Signed changes on the wire',
				concord: { value: kib(bytes(signed.envelopes)), unit: 'KiB' },
				baseline: { name: 'unsigned updates', value: kib(bytes(today.updates)), unit: 'KiB' },
				note: `${signed.envelopes.length} envelopes against ${today.updates.length} updates`
			},
			{
				name: 'Signed changes kept (every envelope)',
				concord: { value: kib(bytes(signed.envelopes)), unit: 'KiB' },
				baseline: {
					name: 'the store today (compacted)',
					value: kib(today.state.length),
					unit: 'KiB'
				},
				goal: { maxRatio: 1.3 },
				note: 'a copy keeps every envelope to pass on; nothing compacts them yet'
			}
		];
	}
};
