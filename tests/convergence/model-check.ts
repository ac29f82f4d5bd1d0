import * as Y from 'yjs';
import { appendBlockLines, decodeWrap, encodeWrap, readLines } from '../../src/lib/doc';
import { EditorCopy } from '../../src/lib/editor/text-binding/test-editors';
import { BODY_EDIT_WEIGHTS, chooseEdit, describeEdit } from './body-edits';
import { editInDom, startingBlocks } from './dom-editor';
import { HeadlessEditor } from './headless-editor';
import { Random } from './random';

/*
 * The check of the campaign's editor: the same random edits, on two equal copies of a body, made
 * once by the campaign (the app's editor without a view, `headless-editor.ts`) and once by a real
 * TipTap editor in a DOM (the test harness of the binding: its keymaps reached through key events,
 * its view, its plugin views). Both must call exactly the same inserts, deletes and formats on
 * their `Y.Text` (equal up to the ids of containers made during the check, which are random) and
 * end with the same lines. Needs a DOM (see `tests/support/dom.ts`).
 */

type Op = [kind: string, index: number, value: string | number, attributes?: string];

/** Records every insert, delete and format called on a text. */
function record(text: Y.Text): Op[] {
	const log: Op[] = [];
	const target = text as unknown as Record<string, (...args: unknown[]) => unknown>;
	for (const name of ['insert', 'delete', 'format'] as const) {
		const original = target[name]!.bind(text);
		target[name] = (...args: unknown[]) => {
			const attributes = args[2] as Record<string, unknown> | undefined;
			log.push([name, args[0] as number, args[1] as string | number, sortedJson(attributes)]);
			return original(...args);
		};
	}
	return log;
}

function sortedJson(value: Record<string, unknown> | undefined): string | undefined {
	if (!value) return undefined;
	return JSON.stringify(
		Object.fromEntries(
			Object.keys(value)
				.sort()
				.map((k) => [k, value[k]])
		)
	);
}

/** Container ids as they first appear, so that two copies' fresh random ids compare equal. */
class IdNames {
	readonly #names = new Map<string, string>();
	name(id: string): string {
		let name = this.#names.get(id);
		if (!name) this.#names.set(id, (name = `c${this.#names.size}`));
		return name;
	}
	wrap(raw: unknown): string | null {
		return encodeWrap(decodeWrap(raw).map((c) => ({ ...c, id: this.name(c.id) })));
	}
	ops(ops: readonly Op[]): string {
		const merged: Op[] = [];
		for (const [kind, index, value, attributes] of ops) {
			const named =
				attributes &&
				JSON.stringify({ ...JSON.parse(attributes), wrap: this.wrap(JSON.parse(attributes).wrap) });
			const last = merged[merged.length - 1];
			// Keystrokes typed one by one are one insert of the campaign's.
			if (
				kind === 'insert' &&
				last?.[0] === 'insert' &&
				last[3] === named &&
				typeof last[2] === 'string' &&
				last[1] + last[2].length === index
			)
				last[2] += value as string;
			else merged.push([kind, index, value, named]);
		}
		return JSON.stringify(merged);
	}
	/** What a reader sees: each line's text and marks (adjacent equal runs merged), its format. */
	lines(text: Y.Text): string {
		return JSON.stringify(
			readLines(text).map((l) => {
				const runs: { text: string; marks: string }[] = [];
				for (const run of l.runs) {
					const marks = JSON.stringify(run.marks);
					const last = runs[runs.length - 1];
					if (last?.marks === marks) last.text += run.text;
					else runs.push({ text: run.text, marks });
				}
				return [runs, l.format.block, l.format.level ?? null, this.wrap(encodeWrap(l.format.wrap))];
			})
		);
	}
	/** Everything the text holds, attributes no reader looks at included. */
	delta(text: Y.Text): string {
		return JSON.stringify(
			text
				.toDelta()
				.map((op: { insert: unknown; attributes?: Record<string, unknown> }) => [
					op.insert,
					sortedJson(op.attributes && { ...op.attributes, wrap: this.wrap(op.attributes.wrap) })
				])
		);
	}
}

/** What the check did, and the first difference it found. */
export interface ModelCheckResult {
	sequences: number;
	edits: number;
	/**
	 * Edits that both made with the very same calls and that read the same, but after which the
	 * two texts hold different attributes no reader uses (format items each copy's Yjs placed or
	 * tidied differently; the binding writes every attribute, so there should be none).
	 */
	hiddenDifferences: number;
	/** The first of those, described. */
	firstHidden: string | null;
	failure: string | null;
	ms: number;
}

/**
 * Runs `sequences` random sequences of `length` edits from `seed` on, through both editors, and
 * stops at the first edit they write differently. `tamper` changes the campaign's copy after its
 * first edit (a character deleted and typed again: the same text, other writes), for the check
 * of this check.
 */
export function checkEditor(
	seed: number,
	sequences: number,
	length: number,
	tamper = false
): ModelCheckResult {
	const started = performance.now();
	const headless = new HeadlessEditor();
	let edits = 0;
	let hiddenDifferences = 0;
	let firstHidden: string | null = null;
	for (let s = 0; s < sequences; s++) {
		const random = new Random(seed + s);
		const source = new Y.Doc();
		source.transact(() => appendBlockLines(source.getText('body'), startingBlocks(random)));
		const update = Y.encodeStateAsUpdate(source);
		const copy = new EditorCopy(update);
		const campaign = new Y.Doc();
		Y.applyUpdate(campaign, update);
		const text = campaign.getText('body');
		const logs = [record(copy.text), record(text)] as const;
		const names = [new IdNames(), new IdNames()] as const;
		try {
			for (let step = 0; step < length; step++) {
				const shown = headless.show(text);
				const { lines } = shown;
				const edit = chooseEdit(lines, random.weighted(BODY_EDIT_WEIGHTS), random);
				if (!edit) continue;
				logs[0].length = logs[1].length = 0;
				headless.edit(text, shown, edit);
				editInDom(copy, lines, edit);
				if (tamper && edits === 0)
					campaign.transact(() => {
						const first = text.toString().slice(0, 1);
						const attributes = text.toDelta()[0]?.attributes ?? {};
						text.delete(0, 1);
						text.insert(0, first, attributes);
					});
				edits++;
				const written = [names[0].ops(logs[0]), names[1].ops(logs[1])];
				const read = [names[0].lines(copy.text), names[1].lines(text)];
				const where = `sequence ${seed + s}, edit ${step} (${describeEdit(edit)}) on ${JSON.stringify(lines.map((l) => l.runs.map((r) => r.text).join('')))}`;
				if (written[0] !== written[1] || read[0] !== read[1]) {
					const replay = `npm run test:convergence -- --seed ${seed} --scenarios 0`;
					return {
						sequences: s + 1,
						edits,
						hiddenDifferences,
						firstHidden,
						failure:
							`${where}:\n  the editor wrote ${written[0]}\n  the campaign  ${written[1]}\n` +
							(read[0] === read[1]
								? ''
								: `  the editor shows ${read[0]}\n  the campaign    ${read[1]}\n`) +
							`Replay it: ${replay}`,
						ms: performance.now() - started
					};
				}
				const held = [names[0].delta(copy.text), names[1].delta(text)];
				if (held[0] !== held[1]) {
					hiddenDifferences++;
					firstHidden ??= `${where}:\n  the editor's text ${held[0]}\n  the campaign's    ${held[1]}`;
					// From here on the two would go on from different texts: the next sequence.
					break;
				}
			}
		} finally {
			copy.destroy();
			campaign.destroy();
		}
	}
	return {
		sequences,
		edits,
		hiddenDifferences,
		firstHidden,
		failure: null,
		ms: performance.now() - started
	};
}
