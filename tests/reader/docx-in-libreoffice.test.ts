/**
 * A real outside reader: the Word file Concord exports, opened by LibreOffice (headless) and turned
 * into plain text, holds every heading and clause of the charter. `.ci/run` installs LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentBody, listDocuments, newMemberId, plainTextOf } from '../../src/lib/doc';
import { createWorkspaceDoc, initializeWorkspace } from '../../src/lib/doc';
import { exportDocx } from '../../src/lib/export/formats/docx';
import { readDocumentForExport } from '../../src/lib/export/read-model/model';

function soffice(): string | null {
	for (const name of ['soffice', 'libreoffice']) {
		try {
			execFileSync('which', [name], { stdio: 'pipe' });
			return name;
		} catch {
			/* try the next name */
		}
	}
	return null;
}

const reader = soffice();
if (!reader && process.env.CI)
	throw new Error('LibreOffice is missing: .ci/run should install it.');

describe.skipIf(!reader)('the exported Word file, read by LibreOffice', () => {
	it('holds every heading and clause of the charter', async () => {
		const doc = createWorkspaceDoc();
		initializeWorkspace(doc, {
			name: 'Réseau d’apprentissage',
			locale: 'en',
			now: Date.UTC(2026, 10, 22),
			creator: { id: newMemberId(), name: 'Amina', colour: '#1f5f5b' }
		});
		const charter = listDocuments(doc)[0]!;
		const exported = readDocumentForExport(doc, charter.id, {
			exportedAt: new Date(Date.UTC(2026, 10, 22)),
			versionLabel: 'Draft, not agreed'
		})!;
		const bytes = await exportDocx(exported, {
			workspace: 'Workspace',
			document: 'Document',
			exported: 'Exported',
			version: 'Version'
		});
		const dir = mkdtempSync(join(tmpdir(), 'concord-reader-'));
		try {
			writeFileSync(join(dir, 'charter.docx'), bytes);
			execFileSync(
				reader!,
				[
					'--headless',
					'--norestore',
					`-env:UserInstallation=file://${dir}/profile`,
					'--convert-to',
					'txt:Text',
					'--outdir',
					dir,
					join(dir, 'charter.docx')
				],
				{ stdio: 'pipe', timeout: 120_000 }
			);
			const text = readFileSync(join(dir, 'charter.txt'), 'utf8').replace(/\s+/g, ' ');
			const lines = plainTextOf(documentBody(doc, charter.id)!).split('\n');
			expect(lines.length).toBeGreaterThan(20);
			for (const line of lines) expect(text, line).toContain(line.replace(/\s+/g, ' ').trim());
			expect(text).toContain('Réseau d’apprentissage');
			expect(text).toContain('Draft, not agreed');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 180_000);
});
