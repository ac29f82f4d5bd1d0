import {
	FreshPageNeededError,
	LocalDataError,
	WorkspaceNotFoundError,
	NothingReadableError,
	exportReadableData,
	resyncFromPeers,
	type LocalDataProblem,
	type RescuedData,
	type ExportFile,
	type ResyncOutcome,
	type WorkspaceId
} from '../workspace';

/** Why a workspace did not open, for the page that says so. */
export type OpenProblem =
	| { kind: 'not-found' }
	/** A signaling server was added since this page loaded: a fresh load lets its policy allow it. */
	| { kind: 'fresh-page' }
	| {
			kind: 'local-data';
			problem: LocalDataProblem;
			detail: string;
			readable: number;
			unreadable: number;
	  }
	| { kind: 'other'; detail: string };

/** Names the reason behind an error from opening a workspace. */
export function openProblemOf(error: unknown): OpenProblem {
	if (error instanceof LocalDataError) {
		return { kind: 'local-data', problem: error.problem, detail: error.detail, ...error.counts };
	}
	if (error instanceof WorkspaceNotFoundError) return { kind: 'not-found' };
	if (error instanceof FreshPageNeededError) return { kind: 'fresh-page' };
	return { kind: 'other', detail: String(error) };
}

/** What exporting the readable part of a damaged workspace gave: a file, or that nothing was read. */
export type ReadableExport =
	{ kind: 'file'; file: ExportFile; rescued: RescuedData } | { kind: 'nothing' };

/** Reads what can be read of a damaged workspace as a `.concord` file; changes nothing. */
export async function exportReadable(
	id: WorkspaceId,
	includeKey: boolean
): Promise<ReadableExport> {
	try {
		const { fileName, bytes, rescued } = await exportReadableData(id, includeKey);
		const blob = new Blob([bytes as BlobPart], { type: 'application/octet-stream' });
		return { kind: 'file', file: { fileName, blob }, rescued };
	} catch (error) {
		if (error instanceof NothingReadableError) return { kind: 'nothing' };
		throw error;
	}
}

/** Sets a damaged workspace's data aside and starts a fresh copy that fills from peers. */
export function resyncDamaged(id: WorkspaceId): Promise<ResyncOutcome> {
	return resyncFromPeers(id);
}
