import { m } from '$lib/i18n';
import type { MemberRole } from '$lib/state';

/** A role in the reader's language. */
export const roleName = (role: MemberRole): string =>
	({ facilitator: m.role_facilitator, member: m.role_member, observer: m.role_observer })[role]();
