import type { TemplateSet } from '../types';
import { charter } from './charter';
import { commitments } from './commitments';
import { membership } from './membership';

/** The Arabic starting texts of a new workspace: its founding documents and a blank title. */
export const ar: TemplateSet = {
	language: 'ar',
	workspace: [charter, membership, commitments],
	blankTitle: 'مستند بلا عنوان'
};
