import type { TemplateSet } from '../types';
import { charter } from './charter';
import { commitments } from './commitments';
import { membership } from './membership';

/** The Spanish starting texts of a new workspace: its founding documents and a blank title. */
export const es: TemplateSet = {
	language: 'es',
	workspace: [charter, membership, commitments],
	blankTitle: 'Documento sin título'
};
