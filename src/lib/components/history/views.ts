import type { VersionId } from '$lib/state';

/** Which read-only view the document pane shows instead of the editor. */
export type ReadOnlyKind =
	| { kind: 'version'; id: VersionId }
	| { kind: 'compare'; from: VersionId | null; to: VersionId | null }
	| { kind: 'authors' };
