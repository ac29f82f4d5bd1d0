/**
 * Benchmark, not a test: what the body model costs on the real editing trace (every keystroke of
 * a 104,852-character paper), the chosen design (one `Y.Text` of lines) against the one before it
 * (a `Y.XmlFragment` of paragraphs written as the y-prosemirror binding writes it, where Enter
 * moves the rest of the paragraph into a new element). Both are measured in this run, and every
 * figure is printed as a ratio to the earlier design with the absolute numbers beside it: time to
 * apply the trace, stored bytes (with the full history, as workspaces keep it), and a cold load
 * (decode the stored bytes and build the editor's document). Run: `npm run bench:body`.
 */
import { getSchema } from '@tiptap/core';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { lineAttributes, readLines, textAttributes } from '../../src/lib/doc';
import { documentExtensions } from '../../src/lib/editor/extensions';
import { buildDocument } from '../../src/lib/editor/text-binding/build';
import { loadEditingTrace } from '../support/editing-trace';

const trace = loadEditingTrace();
const schema = getSchema(documentExtensions());
const ROUNDS = Number(process.env.ROUNDS ?? 3);

/** Replays the trace into one `Y.Text` of lines, as the editor binding writes it. */
function replayLines(doc: Y.Doc): void {
	const text = doc.getText('body');
	const line = lineAttributes({ block: 'paragraph', wrap: [] });
	const plain = textAttributes({});
	doc.transact(() => text.insert(0, '\n', line));
	for (const txn of trace.txns) {
		doc.transact(() => {
			for (const [pos, del, ins] of txn.patches) {
				if (del) text.delete(pos, del);
				let at = pos;
				// As the binding writes (see diff.ts): attributes always given, and the offset found
				// by walking from the start of the text rather than from a search marker.
				const insert = (chars: string, attributes: object) =>
					text.applyDelta([...(at > 0 ? [{ retain: at }] : []), { insert: chars, attributes }]);
				for (const [i, part] of ins.split('\n').entries()) {
					if (i > 0) insert('\n', line);
					if (i > 0) at++;
					if (part) insert(part, plain);
					at += part.length;
				}
			}
		});
	}
}

/** Replays the trace into paragraphs of a `Y.XmlFragment`, as the previous binding wrote it. */
function replayFragment(doc: Y.Doc): void {
	const body = doc.getXmlFragment('body');
	const paragraphs: Y.XmlText[] = [];
	const paragraph = (at: number, content: string) => {
		const element = new Y.XmlElement('paragraph');
		const text = new Y.XmlText();
		text.insert(0, content);
		element.insert(0, [text]);
		body.insert(at, [element]);
		paragraphs.splice(at, 0, text);
	};
	/** The paragraph holding a position of the whole text, and the offset in it. */
	const find = (pos: number): [number, number] => {
		let rest = pos;
		for (let i = 0; i < paragraphs.length; i++) {
			const length = paragraphs[i]!.length;
			if (rest <= length) return [i, rest];
			rest -= length + 1;
		}
		return [paragraphs.length - 1, paragraphs.at(-1)!.length];
	};
	doc.transact(() => paragraph(0, ''));
	for (const txn of trace.txns) {
		doc.transact(() => {
			for (const [pos, del, ins] of txn.patches) {
				for (let n = 0; n < del;) {
					const [i, offset] = find(pos);
					const text = paragraphs[i]!;
					const here = Math.min(del - n, text.length - offset);
					if (here > 0) {
						text.delete(offset, here);
						n += here;
					} else {
						// Deleting a line end joins the next paragraph into this one: its text is
						// copied and the element deleted, as the binding does.
						const next = paragraphs[i + 1]!;
						text.insert(text.length, next.toString());
						body.delete(i + 1, 1);
						paragraphs.splice(i + 1, 1);
						n++;
					}
				}
				let at = pos;
				for (const [k, part] of ins.split('\n').entries()) {
					const [i, offset] = find(at);
					const text = paragraphs[i]!;
					if (k > 0) {
						// Enter: the rest of the paragraph moves into a new element after it.
						const tail = text.toString().slice(offset);
						if (tail) text.delete(offset, tail.length);
						paragraph(i + 1, tail);
						at++;
					}
					const [j, into] = find(at);
					if (part) paragraphs[j]!.insert(into, part);
					at += part.length;
				}
			}
		});
	}
}

function measure(name: string, replay: (doc: Y.Doc) => void, load: (doc: Y.Doc) => unknown) {
	const apply: number[] = [];
	const cold: number[] = [];
	let bytes = 0;
	let content = '';
	for (let round = 0; round < ROUNDS; round++) {
		const doc = new Y.Doc({ gc: false });
		let start = performance.now();
		replay(doc);
		apply.push(performance.now() - start);
		const update = Y.encodeStateAsUpdateV2(doc);
		bytes = update.length;
		start = performance.now();
		const loaded = new Y.Doc({ gc: false });
		Y.applyUpdateV2(loaded, update);
		content = String(load(loaded));
		cold.push(performance.now() - start);
	}
	const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
	return { name, apply: median(apply), bytes, cold: median(cold), content };
}

console.log(
	`${trace.real ? 'Real editing trace (automerge-paper)' : 'Generated trace'}: ${trace.txns.length} transactions; median of ${ROUNDS} rounds.`
);
const textOf = (node: ReturnType<typeof buildDocument>) =>
	node.textBetween(0, node.content.size, '\n');
const before = measure('XmlFragment (before)', replayFragment, (doc) =>
	textOf(yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment('body'), schema))
);
const after = measure('Y.Text of lines (now)', replayLines, (doc) =>
	textOf(buildDocument(schema, readLines(doc.getText('body'))))
);
for (const replay of [before, after]) {
	if (trace.endContent && replay.content !== trace.endContent)
		throw new Error(`${replay.name}: the replay does not end in the trace's text`);
}

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
console.log(
	`Apply the trace: ${ratio(after.apply, before.apply)} (${after.apply.toFixed(0)} ms against ${before.apply.toFixed(0)} ms)`
);
console.log(
	`Stored bytes:    ${ratio(after.bytes, before.bytes)} (${kib(after.bytes)} against ${kib(before.bytes)})`
);
console.log(
	`Cold load:       ${ratio(after.cold, before.cold)} (${after.cold.toFixed(0)} ms against ${before.cold.toFixed(0)} ms)`
);
