import { plain as m } from '$lib/i18n';
import type { CommentExportLabels, Member, MemberId } from '$lib/state';
import { when } from '../history/labels';

/** The words of a document's comments in an export, as the panel says them. */
export function commentExportLabels(member: (id: MemberId) => Member | null): CommentExportLabels {
	return {
		heading: m.comments(),
		onPassage: (quote) => m.comment_on({ quote }),
		onDeleted: (quote) => m.comment_on_deleted({ quote }),
		onAmendment: (quote) =>
			quote ? m.comment_on_amendment({ quote }) : m.comment_on_amendment_whole(),
		resolved: (name, date) => m.comment_resolved_by({ name, date }),
		deleted: m.comment_deleted(),
		person: (id) => member(id)?.name ?? m.author_unknown(),
		date: when
	};
}
