import * as Y from 'yjs';
import type { MemberId } from './ids';
import { warnIgnored } from './ignored';
import { cleanLine, cleanName, isMoment } from './meta';
import { readRecord, unusable } from './record';
import { MEMBER, membersMap } from './schema';

/** What a member does in the group; facilitators convene and can make others facilitators. */
export type MemberRole = 'facilitator' | 'member' | 'observer';

const ROLES: readonly MemberRole[] = ['facilitator', 'member', 'observer'];

/** Colours a member can pick; each has AA contrast against white text and the page background. */
export const MEMBER_COLOURS = [
	'#1f5f5b',
	'#145a86',
	'#7a3e9d',
	'#a3201a',
	'#8a5300',
	'#2e6b1f',
	'#b0306a',
	'#4a4f9c'
] as const;

/** The longest display name accepted, in characters (names travel to every peer). */
export const MAX_MEMBER_NAME = 60;

/** The longest organisation name accepted, in characters. */
export const MAX_ORGANISATION = 120;

/** One member of the group as the roster knows them. */
export interface Member {
	id: MemberId;
	name: string;
	colour: string;
	role: MemberRole;
	joinedAt: number;
	/** The organisation they are part of, or null. */
	organisation: string | null;
	/** When they left the group, or null while they are part of it; they stay in the record. */
	leftAt: number | null;
}

/** Makes an organisation name from anywhere safe to show and to compare; null when empty. */
export function cleanOrganisation(raw: unknown): string | null {
	return typeof raw === 'string'
		? cleanLine(raw.normalize('NFC').replace(/[\p{Cc}\p{Cf}]/gu, ''), MAX_ORGANISATION)
		: null;
}

/** What two spellings of one organisation have in common ("ONG Sol" and "ong  sol"). */
export function organisationKey(name: string): string {
	return (cleanOrganisation(name) ?? '').toLocaleLowerCase('und');
}

/** Whether a value is a colour Concord draws with: a `#rrggbb` string. */
export function isColour(value: unknown): value is string {
	return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value);
}

/**
 * Makes a display name from anywhere (a person, a peer's presence, a synced record) safe to show:
 * text only, without control or invisible formatting characters, trimmed and capped; null when
 * nothing is left.
 */
export function cleanMemberName(raw: unknown): string | null {
	if (typeof raw !== 'string') return null;
	return cleanName(raw.replace(/[\p{Cc}\p{Cf}]/gu, ''))?.slice(0, MAX_MEMBER_NAME) ?? null;
}

/** Reads one member entry, or null when a peer sent something that is not a member. */
function readMember(id: string, entry: unknown): Member | null {
	return readRecord('member', id, entry, (member) => {
		const name = cleanMemberName(member.get(MEMBER.name));
		if (name === null) return unusable('it has no name');
		const colour = member.get(MEMBER.colour);
		const role = member.get(MEMBER.role);
		const joinedAt = member.get(MEMBER.joinedAt);
		const leftAt = member.get(MEMBER.leftAt);
		if (role !== undefined && !ROLES.includes(role as MemberRole)) {
			warnIgnored('role of member', id, 'not a role Concord knows; shown as member');
		}
		return {
			id: id as MemberId,
			name,
			colour: isColour(colour) ? colour : MEMBER_COLOURS[0],
			role: ROLES.includes(role as MemberRole) ? (role as MemberRole) : 'member',
			joinedAt: typeof joinedAt === 'number' ? joinedAt : 0,
			organisation: cleanOrganisation(member.get(MEMBER.organisation)),
			leftAt: isMoment(leftAt) ? leftAt : null
		};
	});
}

/** Whether a role answers decisions: facilitators and members do, observers follow without. */
export function answersDecisions(role: MemberRole): boolean {
	return role !== 'observer';
}

/** Whether a member takes part: answers, owns commitments, checks in (not observers, not who left). */
export function takesPart(member: Member): boolean {
	return answersDecisions(member.role) && member.leftAt === null;
}

/**
 * Whether someone may answer decisions. Someone not on the roster yet may: their first change,
 * an answer included, makes them a member.
 */
export function mayAnswer(members: readonly Member[], id: MemberId): boolean {
	const member = members.find((m) => m.id === id);
	return !member || takesPart(member);
}

/** Whether someone convenes the group (a facilitator who has not left): opens and closes decisions, names facilitators. */
export function isFacilitator(members: readonly Member[], id: MemberId): boolean {
	return members.some((m) => m.id === id && m.role === 'facilitator' && m.leftAt === null);
}

/** Every well-formed member, in the order they joined. */
export function listMembers(doc: Y.Doc): Member[] {
	const members: Member[] = [];
	membersMap(doc).forEach((entry, id) => {
		const member = readMember(id, entry);
		if (member) members.push(member);
	});
	return members.sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
}

/** One member by id, or null. */
export function getMember(doc: Y.Doc, id: string): Member | null {
	return readMember(id, membersMap(doc).get(id));
}

/**
 * Records this person as a member, or updates their name and colour if they already are one.
 * The role is only set for a new member: an existing member keeps the role the group gave them.
 */
export function upsertMember(
	doc: Y.Doc,
	member: { id: MemberId; name: string; colour: string; role: MemberRole; now: number }
): void {
	const name = cleanMemberName(member.name);
	if (name === null) throw new Error('A member needs a name.');
	const colour = isColour(member.colour) ? member.colour : MEMBER_COLOURS[0];
	doc.transact(() => {
		let entry = membersMap(doc).get(member.id);
		if (!(entry instanceof Y.Map)) {
			entry = new Y.Map<unknown>();
			entry.set(MEMBER.role, member.role);
			entry.set(MEMBER.joinedAt, member.now);
			membersMap(doc).set(member.id, entry);
		}
		if (entry.get(MEMBER.name) !== name) entry.set(MEMBER.name, name);
		if (entry.get(MEMBER.colour) !== colour) entry.set(MEMBER.colour, colour);
	});
}

/** Gives a member another role (a facilitator makes someone a facilitator); false if unknown. */
export function setMemberRole(doc: Y.Doc, id: MemberId, role: MemberRole): boolean {
	const entry = membersMap(doc).get(id);
	if (!(entry instanceof Y.Map) || !ROLES.includes(role)) return false;
	if (entry.get(MEMBER.role) !== role) entry.set(MEMBER.role, role);
	return true;
}

/** Sets a member's organisation (a member edits their own); null or blank clears it. */
export function setMemberOrganisation(doc: Y.Doc, id: MemberId, raw: string | null): boolean {
	const entry = membersMap(doc).get(id);
	if (!(entry instanceof Y.Map)) return false;
	const organisation = cleanOrganisation(raw);
	if (organisation === null) {
		if (entry.has(MEMBER.organisation)) entry.delete(MEMBER.organisation);
	} else if (entry.get(MEMBER.organisation) !== organisation) {
		entry.set(MEMBER.organisation, organisation);
	}
	return true;
}

/**
 * Records that a member left the group at `at` (or, with null, that they are back); they stay in
 * the roster and in every record that names them.
 */
export function setMemberLeft(doc: Y.Doc, id: MemberId, at: number | null): boolean {
	const entry = membersMap(doc).get(id);
	if (!(entry instanceof Y.Map)) return false;
	if (at === null) {
		if (entry.has(MEMBER.leftAt)) entry.delete(MEMBER.leftAt);
	} else if (!isMoment(entry.get(MEMBER.leftAt))) {
		entry.set(MEMBER.leftAt, at);
	}
	return true;
}

/** Calls `onChange` when anyone joins or a member's name, colour or role changes. */
export function observeMembers(doc: Y.Doc, onChange: () => void): () => void {
	const members = membersMap(doc);
	members.observeDeep(onChange);
	return () => members.unobserveDeep(onChange);
}
