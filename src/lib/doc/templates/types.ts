import type { Block } from '../rich-text';

/** What a document is for; decides its template and, later, how it is exported and decided on. */
export type DocumentKind = 'charter' | 'membership' | 'commitments' | 'notes';

/** Every kind, for validating what a peer or file claims. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
	'charter',
	'membership',
	'commitments',
	'notes'
];

/** The starting text of one document: its title and its body. */
export interface DocumentTemplate {
	kind: DocumentKind;
	title: string;
	blocks: Block[];
}

/** All starting texts in one language: the documents of a new workspace, and a blank document. */
export interface TemplateSet {
	/** The language its texts are written in (a BCP 47 tag), which its documents keep. */
	language: string;
	/** Written once, by whoever creates the workspace, in this order. */
	workspace: DocumentTemplate[];
	/** A new blank document: a title and an empty body. */
	blankTitle: string;
}
