/** The origin of changes that arrive from a workspace file, so they are told apart from typing. */
export const FILE_ORIGIN = Object.freeze({ source: 'workspace-file' });
