import type { DocumentTemplate } from '../types';

/** The Charter: why the group exists, its principles, how it works and decides. */
export const charter: DocumentTemplate = {
	kind: 'charter',
	title: 'Charter',
	blocks: [
		{
			type: 'paragraph',
			content: [
				{
					text: 'Replace each set of questions with the text your group agrees on. Remove what you do not need and add what is missing. Short, clear sentences help members who read in a second language.',
					italic: true
				}
			]
		},
		{ type: 'heading', level: 2, text: '1. Purpose and scope' },
		{
			type: 'paragraph',
			content: ['Say in a few sentences why this group exists and what it will and will not do.']
		},
		{
			type: 'bulletList',
			items: [
				['Why are we working together, and why now?'],
				['What change do we want to see, and for whom?'],
				['What is outside our scope?'],
				['How long do we expect to work together?']
			]
		},
		{ type: 'heading', level: 2, text: '2. Shared principles' },
		{
			type: 'paragraph',
			content: [
				'Principles guide us when a decision is hard. For each one, write what it means in practice for this group.'
			]
		},
		{
			type: 'bulletList',
			items: [
				[
					{ text: 'Accountability to the people we serve: ', bold: true },
					'how do their voices shape what we decide and do?'
				],
				[{ text: 'Transparency: ', bold: true }, 'what do we share openly, with whom, and when?'],
				[
					{ text: 'Listening and responding: ', bold: true },
					'how do we collect feedback, and how do we show what changed because of it?'
				],
				[
					{ text: 'Learning from failure: ', bold: true },
					'how do we talk about what did not work, without blame?'
				]
			]
		},
		{
			type: 'paragraph',
			content: ['Add any other principle your group holds, such as shifting power or equity.']
		},
		{ type: 'heading', level: 2, text: '3. What we do together' },
		{
			type: 'paragraph',
			content: [
				'Describe the work the group does as a group, not what each member does on its own.'
			]
		},
		{
			type: 'bulletList',
			items: [
				['What activities do we run together (research, advocacy, exchanges, training)?'],
				['What outputs do we produce, and who are they for?'],
				['Who leads each piece of work, and how do others contribute?']
			]
		},
		{ type: 'heading', level: 2, text: '4. How we work' },
		{
			type: 'paragraph',
			content: ['Agree on the practical basics, so that everyone can take part fully.']
		},
		{
			type: 'bulletList',
			items: [
				[
					{ text: 'Meetings: ', bold: true },
					'how often, online or in person, and at what times across time zones?'
				],
				[
					{ text: 'Languages: ', bold: true },
					'which working languages do we use, and who helps with translation?'
				],
				[
					{ text: 'Tools: ', bold: true },
					'where do we write, share files and talk between meetings?'
				],
				[
					{ text: 'Confidentiality: ', bold: true },
					'what stays inside the group, and what can members share outside it?'
				]
			]
		},
		{ type: 'heading', level: 2, text: '5. How decisions are made' },
		{
			type: 'paragraph',
			content: [
				'Say who decides what, and which rule you use. Common rules are listed below; choose one, or different rules for different kinds of decisions.'
			]
		},
		{
			type: 'bulletList',
			items: [
				[
					{ text: 'Consent: ', bold: true },
					'a proposal passes when no one has a serious objection.'
				],
				[{ text: 'Consensus: ', bold: true }, 'a proposal passes when everyone agrees.'],
				[
					{ text: 'Majority: ', bold: true },
					'a proposal passes when more than half of those who vote agree.'
				]
			]
		},
		{
			type: 'paragraph',
			content: ['A simple way to move from proposal to decision:']
		},
		{
			type: 'orderedList',
			items: [
				['Someone writes a short proposal and shares it before the meeting.'],
				['Members ask questions to understand it.'],
				['Members share their reactions and raise any objections.'],
				['The group improves the proposal until it can decide.'],
				['The decision is recorded, with who will act on it and by when.']
			]
		},
		{
			type: 'bulletList',
			items: [
				[
					'Which decisions need the whole group, and which can the facilitator or a small team make?'
				],
				['What is our quorum: how many members must take part for a decision to count?'],
				['How do we handle an objection, and how can absent members take part?']
			]
		},
		{ type: 'heading', level: 2, text: '6. Resolving disagreements' },
		{
			type: 'paragraph',
			content: [
				'Disagreement is normal and often useful. Agree now on what you will do when it gets difficult.'
			]
		},
		{
			type: 'bulletList',
			items: [
				['What is the first step: a direct conversation between the people involved?'],
				[
					'Who can help if that does not work, for example a trusted member or an outside facilitator?'
				],
				['What happens if we still cannot agree?']
			]
		},
		{ type: 'heading', level: 2, text: '7. When this charter is revisited' },
		{
			type: 'paragraph',
			content: [
				'A charter should change as the group learns. Set a date to look at it again together.'
			]
		},
		{
			type: 'bulletList',
			items: [
				['When will we next review this charter?'],
				['Who can propose a change, and how?'],
				['Which decision rule do we use to change it?']
			]
		}
	]
};
