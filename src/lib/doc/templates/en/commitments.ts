import { bold, bulletList, heading, italic, paragraph, quote } from '../../rich-text';
import type { DocumentTemplate } from '../types';

/** Mutual-accountability commitments: what members promise each other and how progress is reviewed. */
export const commitments: DocumentTemplate = {
	kind: 'commitments',
	title: 'Mutual-accountability commitments',
	blocks: [
		paragraph(
			italic(
				'Replace each set of questions with the text your group agrees on: this document says how your group makes and keeps commitments. The commitments themselves live on the Commitments page (in the workspace menu): select a sentence here and choose “Make a commitment” to link one to it, and record every check-in there.'
			)
		),
		heading(2, '1. What we commit to each other'),
		paragraph(
			'Write each commitment so that anyone in the group can check it. Use the same pattern every time:'
		),
		bulletList([
			bold('Who: '),
			'the member or members responsible. ',
			bold('What: '),
			'one clear action or result, for example sharing a short summary of what community members told us. ',
			bold('By when: '),
			'a date, or the meeting by which it will be done.'
		]),
		bulletList(
			['What are the most important things we promise each other this year?'],
			['Are commitments shared fairly, given each member’s size and resources?'],
			['What does the group as a whole commit to, beyond single members?']
		),
		heading(2, '2. Including the people we serve'),
		paragraph(
			'Mutual accountability is not only between members. It also runs to the communities our work is for.'
		),
		bulletList(
			['Which commitments come from what the people we serve have told us?'],
			['How will they see what we promised and what we did?'],
			['How can they tell us when we fall short?']
		),
		heading(2, '3. How we track progress'),
		paragraph(
			'Every commitment on the Commitments page has a status, updated at each check-in, and the Record of mutual progress gathers them for a period. The statuses are:'
		),
		bulletList(
			[bold('Not started: '), 'work has not begun yet.'],
			[bold('On track: '), 'work is moving and should finish on time.'],
			[bold('At risk: '), 'there is a problem, and help or a new date may be needed.'],
			[bold('Off track: '), 'it will not be met as planned without a new plan.'],
			[bold('Done: '), 'the commitment is met.'],
			[bold('Dropped: '), 'the group agreed to let it go; it stays in the record.']
		),
		bulletList(
			['Who updates the status: the person responsible, or the facilitator?'],
			['How do we check in between meetings?']
		),
		heading(2, '4. Reviewing progress together'),
		paragraph(
			'Look at all commitments together at regular times. Keep a short record of mutual progress, so that members can see what each has done.'
		),
		bulletList(
			['How often do we review progress, and in which meeting?'],
			['Who keeps the record of mutual progress, and where?'],
			['How do we celebrate what went well and learn from what did not?']
		),
		heading(2, '5. When commitments are not met'),
		quote('A missed commitment is a reason to talk, not a reason to blame.'),
		paragraph(
			'Respond with support first. Ask what got in the way and what would help, then agree on a new plan if needed.'
		),
		bulletList(
			['How does a member tell the group early that a commitment is at risk?'],
			['How do we renegotiate a commitment: a new date, a smaller scope, or a new owner?'],
			['What do we do if the same commitment is missed again and again?']
		),
		heading(2, '6. Sharing our progress outside the group'),
		paragraph(
			'Being open about progress, including what did not work, builds trust with partners, donors and communities.'
		),
		bulletList(
			['What do we share publicly, and what stays inside the group?'],
			['Who agrees before something is shared, and who shares it?'],
			['In which formats and languages do we share it?']
		),
		heading(2, '7. Revisiting these commitments'),
		paragraph(
			'Commitments should follow the work. Review them when plans, members or funding change.'
		),
		bulletList(
			['When will we next review the full list of commitments?'],
			['How do we add, change or close a commitment?']
		)
	]
};
