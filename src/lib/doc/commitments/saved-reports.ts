import * as Y from 'yjs';
import { randomId, type Branded, type MemberId } from '../ids';
import { cleanLine, isMoment } from '../meta';
import { listMembers, type Member } from '../members';
import { readRecord, unusable } from '../record';
import { REPORT, ROOT } from '../schema';
import { asIsoDate } from '../dates';
import { listCommitments } from './read';
import type { ReportPeriod } from './report';
import type { Commitment } from './types';

/** Identifies one saved record of mutual progress. */
export type ReportId = Branded<'ReportId'>;

/** The longest name of a saved report, in characters. */
export const MAX_REPORT_NAME = 120;

/** A record of mutual progress as the group sent it: its name, period, and the state it read. */
export interface SavedReport {
	id: ReportId;
	name: string;
	period: ReportPeriod;
	by: MemberId | null;
	createdAt: number;
}

/** The `reports` root: saved records of mutual progress, oldest first. */
export function reportsArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
	return doc.getArray(ROOT.reports);
}

function isTimeZone(value: unknown): value is string {
	if (typeof value !== 'string' || value.length > 64) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: value });
		return true;
	} catch {
		return false;
	}
}

function readReport(entry: unknown): { saved: SavedReport; snapshot: Uint8Array } | null {
	const id = entry instanceof Y.Map ? String(entry.get(REPORT.id)) : '';
	return readRecord('report', id, entry, (report) => {
		const name = cleanLine(report.get(REPORT.name), MAX_REPORT_NAME);
		const from = asIsoDate(report.get(REPORT.from));
		const to = asIsoDate(report.get(REPORT.to));
		const timeZone = report.get(REPORT.timeZone);
		const snapshot = report.get(REPORT.snapshot);
		const by = report.get(REPORT.by);
		const createdAt = report.get(REPORT.createdAt);
		if (!name || !from || !to || !isTimeZone(timeZone)) return unusable('it has no name or period');
		if (!(snapshot instanceof Uint8Array)) return unusable('it has no snapshot');
		const saved: SavedReport = {
			id: id as ReportId,
			name,
			period: { from, to, timeZone },
			by: typeof by === 'string' ? (by as MemberId) : null,
			createdAt: isMoment(createdAt) ? createdAt : 0
		};
		return { saved, snapshot };
	});
}

/** The saved reports, oldest first (those saved apart on two copies ordered by time everywhere). */
export function listSavedReports(doc: Y.Doc): SavedReport[] {
	return reportsArray(doc)
		.toArray()
		.flatMap((entry) => readReport(entry)?.saved ?? [])
		.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Saves a report's name and period with the workspace's state now, and returns its id. */
export function saveReport(
	doc: Y.Doc,
	init: { name: string; period: ReportPeriod; by: MemberId; now: number }
): ReportId {
	const name = cleanLine(init.name, MAX_REPORT_NAME);
	if (!name) throw new Error('A saved report needs a name.');
	const id = randomId() as ReportId;
	const snapshot = Y.encodeSnapshot(Y.snapshot(doc));
	doc.transact(() => {
		const entry = new Y.Map<unknown>();
		entry.set(REPORT.id, id);
		entry.set(REPORT.name, name);
		entry.set(REPORT.from, init.period.from);
		entry.set(REPORT.to, init.period.to);
		entry.set(REPORT.timeZone, init.period.timeZone);
		entry.set(REPORT.snapshot, snapshot);
		entry.set(REPORT.by, init.by);
		entry.set(REPORT.createdAt, init.now);
		reportsArray(doc).push([entry]);
	});
	return id;
}

/**
 * What a saved report read when it was saved: the commitments and members then, and its period;
 * null when it is missing or its snapshot is one this copy cannot show (damaged, or from data it
 * does not hold yet).
 */
export function savedReportState(
	doc: Y.Doc,
	id: ReportId
): { saved: SavedReport; commitments: Commitment[]; members: Member[] } | null {
	for (const entry of reportsArray(doc).toArray()) {
		const report = readReport(entry);
		if (report?.saved.id !== id) continue;
		try {
			const snapshot = Y.decodeSnapshot(report.snapshot);
			const known = Y.decodeStateVector(Y.encodeStateVector(doc));
			for (const [client, clock] of snapshot.sv) if ((known.get(client) ?? 0) < clock) return null;
			const then = Y.createDocFromSnapshot(doc, snapshot);
			const state = {
				saved: report.saved,
				commitments: listCommitments(then),
				members: listMembers(then)
			};
			then.destroy();
			return state;
		} catch {
			return null;
		}
	}
	return null;
}

/** Calls `onChange` when a report is saved anywhere. */
export function observeSavedReports(doc: Y.Doc, onChange: () => void): () => void {
	const reports = reportsArray(doc);
	reports.observe(onChange);
	return () => reports.unobserve(onChange);
}
