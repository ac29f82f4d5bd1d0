import type { TemplateSet } from '../types';
import { charter } from './charter';
import { commitments } from './commitments';
import { membership } from './membership';

/** The French starting texts of a new workspace: its founding documents and a blank title. */
export const fr: TemplateSet = {
	language: 'fr',
	workspace: [charter, membership, commitments],
	blankTitle: 'Document sans titre'
};
