import { bold, bulletList, heading, italic, orderedList, paragraph } from '../../rich-text';
import type { DocumentTemplate } from '../types';

/** The Charter: why the group exists, its principles, how it works and decides. */
export const charter: DocumentTemplate = {
	kind: 'charter',
	title: 'Charter',
	blocks: [
		paragraph(
			italic(
				'Replace each set of questions with the text your group agrees on. Remove what you do not need and add what is missing. Short, clear sentences help members who read in a second language.'
			)
		),
		heading(2, '1. Purpose and scope'),
		paragraph('Say in a few sentences why this group exists and what it will and will not do.'),
		bulletList(
			['Why are we working together, and why now?'],
			['What change do we want to see, and for whom?'],
			['What is outside our scope?'],
			['How long do we expect to work together?']
		),
		heading(2, '2. Shared principles'),
		paragraph(
			'Principles guide us when a decision is hard. For each one, write what it means in practice for this group.'
		),
		bulletList(
			[
				bold('Accountability to the people we serve: '),
				'how do their voices shape what we decide and do?'
			],
			[bold('Transparency: '), 'what do we share openly, with whom, and when?'],
			[
				bold('Listening and responding: '),
				'how do we collect feedback, and how do we show what changed because of it?'
			],
			[bold('Learning from failure: '), 'how do we talk about what did not work, without blame?']
		),
		paragraph('Add any other principle your group holds, such as shifting power or equity.'),
		heading(2, '3. What we do together'),
		paragraph('Describe the work the group does as a group, not what each member does on its own.'),
		bulletList(
			['What activities do we run together (research, advocacy, exchanges, training)?'],
			['What outputs do we produce, and who are they for?'],
			['Who leads each piece of work, and how do others contribute?']
		),
		heading(2, '4. How we work'),
		paragraph('Agree on the practical basics, so that everyone can take part fully.'),
		bulletList(
			[bold('Meetings: '), 'how often, online or in person, and at what times across time zones?'],
			[bold('Languages: '), 'which working languages do we use, and who helps with translation?'],
			[bold('Tools: '), 'where do we write, share files and talk between meetings?'],
			[
				bold('Confidentiality: '),
				'what stays inside the group, and what can members share outside it?'
			]
		),
		heading(2, '5. How decisions are made'),
		paragraph(
			'Say who decides what, and which rule you use. Common rules are listed below; choose one, or different rules for different kinds of decisions.'
		),
		bulletList(
			[bold('Consent: '), 'a proposal passes when no one has a serious objection.'],
			[bold('Consensus: '), 'a proposal passes when everyone agrees.'],
			[bold('Majority: '), 'a proposal passes when more than half of those who vote agree.']
		),
		paragraph('A simple way to move from proposal to decision:'),
		orderedList(
			['Someone writes a short proposal and shares it before the meeting.'],
			['Members ask questions to understand it.'],
			['Members share their reactions and raise any objections.'],
			['The group improves the proposal until it can decide.'],
			['The decision is recorded, with who will act on it and by when.']
		),
		bulletList(
			['Which decisions need the whole group, and which can the facilitator or a small team make?'],
			['What is our quorum: how many members must take part for a decision to count?'],
			['How do we handle an objection, and how can absent members take part?']
		),
		heading(2, '6. Resolving disagreements'),
		paragraph(
			'Disagreement is normal and often useful. Agree now on what you will do when it gets difficult.'
		),
		bulletList(
			['What is the first step: a direct conversation between the people involved?'],
			[
				'Who can help if that does not work, for example a trusted member or an outside facilitator?'
			],
			['What happens if we still cannot agree?']
		),
		heading(2, '7. When this charter is revisited'),
		paragraph(
			'A charter should change as the group learns. Set a date to look at it again together.'
		),
		bulletList(
			['When will we next review this charter?'],
			['Who can propose a change, and how?'],
			['Which decision rule do we use to change it?']
		)
	]
};
