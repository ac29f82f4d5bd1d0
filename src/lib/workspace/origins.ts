/** The origin of changes that arrive from a workspace file, so they are told apart from typing. */
export const FILE_ORIGIN = Object.freeze({ source: 'workspace-file' });

/** The origin of an accepted amendment's change (kept in the text's history, sent to peers). */
export const AMENDMENT_ORIGIN = Object.freeze({ source: 'accepted-amendment' });
