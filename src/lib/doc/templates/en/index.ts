import type { TemplateSet } from '../types';
import { charter } from './charter';
import { commitments } from './commitments';
import { membership } from './membership';

/** The English starting texts of a new workspace: its founding documents and a blank title. */
export const en: TemplateSet = {
	language: 'en',
	workspace: [charter, membership, commitments],
	blankTitle: 'Untitled document'
};
