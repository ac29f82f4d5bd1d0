import { asDocumentId, asWorkspaceId, type DocumentId, type WorkspaceId } from '../workspace';

/** The workspace a page's address names, or null for an address that names none. */
export function workspaceIdFrom(param: string): WorkspaceId | null {
	return asWorkspaceId(param);
}

/** The document a page's address names, or null for an address that names none. */
export function documentIdFrom(param: string): DocumentId | null {
	return asDocumentId(param);
}
