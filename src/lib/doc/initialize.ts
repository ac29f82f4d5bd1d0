import type * as Y from 'yjs';
import { addDocument } from './documents';
import type { MemberId } from './ids';
import { upsertMember } from './members';
import { cleanName, writeInitialMeta } from './meta';
import { SCHEMA_VERSION, schemaVersionOf } from './schema';
import { englishTemplates, type TemplateSet } from './templates';

/**
 * Writes a new workspace: its meta and its template documents, as one change. Only the member who
 * creates the workspace calls this; a copy that is opened or joined is never seeded again, or the
 * templates would appear twice once the copies merge.
 */
export function initializeWorkspace(
	doc: Y.Doc,
	init: {
		name: string;
		locale: string;
		now: number;
		/** The person creating it, who becomes its first facilitator. */
		creator: { id: MemberId; name: string; colour: string };
		/** Its starting texts (`templatesIn(locale)`); English when not given. */
		templates?: TemplateSet;
	}
): void {
	if (schemaVersionOf(doc) !== 0) throw new Error('This workspace already exists.');
	const name = cleanName(init.name);
	if (name === null) throw new Error('A workspace needs a name.');
	const templates = init.templates ?? englishTemplates;
	doc.transact(() => {
		writeInitialMeta(doc, name, init.locale, init.now);
		upsertMember(doc, { ...init.creator, role: 'facilitator', now: init.now });
		for (const template of templates.workspace) {
			addDocument(doc, { ...template, language: templates.language, now: init.now });
		}
	});
}

/** How opening a workspace copy relates to this build's schema. */
export type SchemaCheck = 'current' | 'empty' | 'newer';

/**
 * Checks a workspace that was loaded from this device before it is shown. It never writes: a copy
 * with no data yet is 'empty' (it will be filled by a peer or a file), one from a newer build is
 * 'newer' (the person is asked to reload the app before editing). Older versions are brought up
 * to this one by `migrateWorkspace` (`migrations/`).
 */
export function checkSchema(doc: Y.Doc): SchemaCheck {
	const version = schemaVersionOf(doc);
	if (version === 0) return 'empty';
	if (version > SCHEMA_VERSION) return 'newer';
	return 'current';
}
