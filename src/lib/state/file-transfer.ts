import {
	WorkspaceFileError,
	openWorkspaceFile,
	type OpenedWorkspaceFile,
	type WorkspaceFileProblem
} from '../workspace';

/** Why a workspace file could not be opened, as the interface explains it. */
export type OpenFileProblem = WorkspaceFileProblem | 'storage';

/** Opens a `.concord` file a person chose; returns what happened, or the problem with the file. */
export async function openWorkspaceFileFrom(
	file: File
): Promise<{ ok: true; opened: OpenedWorkspaceFile } | { ok: false; problem: OpenFileProblem }> {
	try {
		const bytes = new Uint8Array(await file.arrayBuffer());
		return { ok: true, opened: await openWorkspaceFile(bytes) };
	} catch (error) {
		if (error instanceof WorkspaceFileError) return { ok: false, problem: error.problem };
		console.warn('Concord: opening a workspace file failed', error);
		return { ok: false, problem: 'storage' };
	}
}
