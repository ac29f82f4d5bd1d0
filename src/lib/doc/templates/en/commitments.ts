import type { DocumentTemplate } from '../types';

/** Mutual-accountability commitments: what members promise each other and how progress is reviewed. */
export const commitments: DocumentTemplate = {
	kind: 'commitments',
	title: 'Mutual-accountability commitments',
	blocks: [
		{
			type: 'paragraph',
			content: [
				{
					text: 'Replace each set of questions with the text your group agrees on. Then keep this document alive: add commitments as you make them, and update their status at every meeting.',
					italic: true
				}
			]
		},
		{ type: 'heading', level: 2, text: '1. What we commit to each other' },
		{
			type: 'paragraph',
			content: [
				'Write each commitment so that anyone in the group can check it. Use the same pattern every time:'
			]
		},
		{
			type: 'bulletList',
			items: [
				[
					{ text: 'Who: ', bold: true },
					'the member or members responsible. ',
					{ text: 'What: ', bold: true },
					'one clear action or result, for example sharing a short summary of what community members told us. ',
					{ text: 'By when: ', bold: true },
					'a date, or the meeting by which it will be done.'
				]
			]
		},
		{
			type: 'bulletList',
			items: [
				['What are the most important things we promise each other this year?'],
				['Are commitments shared fairly, given each member’s size and resources?'],
				['What does the group as a whole commit to, beyond single members?']
			]
		},
		{ type: 'heading', level: 2, text: '2. Including the people we serve' },
		{
			type: 'paragraph',
			content: [
				'Mutual accountability is not only between members. It also runs to the communities our work is for.'
			]
		},
		{
			type: 'bulletList',
			items: [
				['Which commitments come from what the people we serve have told us?'],
				['How will they see what we promised and what we did?'],
				['How can they tell us when we fall short?']
			]
		},
		{ type: 'heading', level: 2, text: '3. How we track progress' },
		{
			type: 'paragraph',
			content: ['Give every commitment a status, and update it at each check-in. For example:']
		},
		{
			type: 'bulletList',
			items: [
				[{ text: 'Not started: ', bold: true }, 'work has not begun yet.'],
				[{ text: 'On track: ', bold: true }, 'work is moving and should finish on time.'],
				[
					{ text: 'At risk: ', bold: true },
					'there is a problem, and help or a new date may be needed.'
				],
				[{ text: 'Done: ', bold: true }, 'the commitment is met.']
			]
		},
		{
			type: 'bulletList',
			items: [
				['Who updates the status: the person responsible, or the facilitator?'],
				['How do we check in between meetings?']
			]
		},
		{ type: 'heading', level: 2, text: '4. Reviewing progress together' },
		{
			type: 'paragraph',
			content: [
				'Look at all commitments together at regular times. Keep a short record of mutual progress, so that members can see what each has done.'
			]
		},
		{
			type: 'bulletList',
			items: [
				['How often do we review progress, and in which meeting?'],
				['Who keeps the record of mutual progress, and where?'],
				['How do we celebrate what went well and learn from what did not?']
			]
		},
		{ type: 'heading', level: 2, text: '5. When commitments are not met' },
		{
			type: 'blockquote',
			content: ['A missed commitment is a reason to talk, not a reason to blame.']
		},
		{
			type: 'paragraph',
			content: [
				'Respond with support first. Ask what got in the way and what would help, then agree on a new plan if needed.'
			]
		},
		{
			type: 'bulletList',
			items: [
				['How does a member tell the group early that a commitment is at risk?'],
				['How do we renegotiate a commitment: a new date, a smaller scope, or a new owner?'],
				['What do we do if the same commitment is missed again and again?']
			]
		},
		{ type: 'heading', level: 2, text: '6. Sharing our progress outside the group' },
		{
			type: 'paragraph',
			content: [
				'Being open about progress, including what did not work, builds trust with partners, donors and communities.'
			]
		},
		{
			type: 'bulletList',
			items: [
				['What do we share publicly, and what stays inside the group?'],
				['Who agrees before something is shared, and who shares it?'],
				['In which formats and languages do we share it?']
			]
		},
		{ type: 'heading', level: 2, text: '7. Revisiting these commitments' },
		{
			type: 'paragraph',
			content: [
				'Commitments should follow the work. Review them when plans, members or funding change.'
			]
		},
		{
			type: 'bulletList',
			items: [
				['When will we next review the full list of commitments?'],
				['How do we add, change or close a commitment?']
			]
		}
	]
};
