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
import { createWorkspaceDoc, initializeWorkspace, templatesIn } from '../../src/lib/doc';
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

/** Converts a Word file with LibreOffice (headless) into `format`, and returns what it wrote. */
function convert(bytes: Uint8Array, format: string, extension: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'concord-reader-'));
	try {
		writeFileSync(join(dir, 'exported.docx'), bytes);
		execFileSync(
			reader!,
			[
				'--headless',
				'--norestore',
				`-env:UserInstallation=file://${dir}/profile`,
				'--convert-to',
				format,
				'--outdir',
				dir,
				join(dir, 'exported.docx')
			],
			{ stdio: 'pipe', timeout: 120_000 }
		);
		return readFileSync(join(dir, `exported.${extension}`), 'utf8');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A new workspace's charter in a language, exported to Word as a draft. */
async function charterDocx(locale: string, name: string) {
	const doc = createWorkspaceDoc();
	initializeWorkspace(doc, {
		name,
		locale,
		templates: await templatesIn(locale),
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
	return { bytes, lines: plainTextOf(documentBody(doc, charter.id)!).split('\n') };
}

describe.skipIf(!reader)('the exported Word file, read by LibreOffice', () => {
	it('holds every heading and clause of the charter', async () => {
		const { bytes, lines } = await charterDocx('en', 'Réseau d’apprentissage');
		const text = convert(bytes, 'txt:Text', 'txt').replace(/\s+/g, ' ');
		expect(lines.length).toBeGreaterThan(20);
		for (const line of lines) expect(text, line).toContain(line.replace(/\s+/g, ' ').trim());
		expect(text).toContain('Réseau d’apprentissage');
		expect(text).toContain('Draft, not agreed');
	}, 180_000);

	it('reads an Arabic charter right to left, every paragraph, with all its words', async () => {
		const { bytes, lines } = await charterDocx('ar', 'شبكة التعلّم');
		// The flat OpenDocument LibreOffice writes names each paragraph's style, and each style
		// its writing direction: every paragraph of the text must be right to left.
		const flat = convert(bytes, 'fodt', 'fodt');
		const styles = flat.slice(
			flat.indexOf('<office:automatic-styles>'),
			flat.indexOf('<office:body>')
		);
		const direction = new Map(
			[
				...styles.matchAll(
					/<style:style style:name="([^"]+)" style:family="paragraph"[^>]*>(.*?)<\/style:style>/gs
				)
			].map((m) => [m[1], /style:writing-mode="([a-z-]+)"/.exec(m[2]!)?.[1]])
		);
		const body = flat.slice(flat.indexOf('<office:body>'));
		const paragraphs = [...body.matchAll(/<text:(?:p|h) text:style-name="([^"]+)"/g)].map(
			(m) => m[1]!
		);
		expect(paragraphs.length).toBeGreaterThan(20);
		expect(paragraphs.filter((style) => direction.get(style) !== 'rl-tb')).toEqual([]);
		const text = convert(bytes, 'txt:Text', 'txt').replace(/\s+/g, ' ');
		expect(lines.some((line) => /[\u0600-\u06ff]/.test(line))).toBe(true);
		for (const line of lines) expect(text, line).toContain(line.replace(/\s+/g, ' ').trim());
		expect(text).toContain('شبكة التعلّم');
	}, 180_000);
});
