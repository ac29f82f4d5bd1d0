import type { TemplateSet } from '../types';
import { charter } from './charter';
import { commitments } from './commitments';
import { membership } from './membership';

/** The Portuguese starting texts of a new workspace: its founding documents and a blank title. */
export const pt: TemplateSet = {
	language: 'pt',
	workspace: [charter, membership, commitments],
	blankTitle: 'Documento sem título'
};
