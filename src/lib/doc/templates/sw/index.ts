import type { TemplateSet } from '../types';
import { charter } from './charter';
import { commitments } from './commitments';
import { membership } from './membership';

/** The Swahili starting texts of a new workspace: its founding documents and a blank title. */
export const sw: TemplateSet = {
	language: 'sw',
	workspace: [charter, membership, commitments],
	blankTitle: 'Hati isiyo na kichwa'
};
