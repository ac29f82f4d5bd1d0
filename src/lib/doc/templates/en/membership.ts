import type { DocumentTemplate } from '../types';

/** Membership rules: who belongs, how people join and leave, and their roles. */
export const membership: DocumentTemplate = {
	kind: 'membership',
	title: 'Membership rules',
	blocks: [
		{
			type: 'paragraph',
			content: [
				{
					text: 'Replace each set of questions with the text your group agrees on. Clear rules help new members feel welcome and help everyone know what to expect.',
					italic: true
				}
			]
		},
		{ type: 'heading', level: 2, text: '1. Who can be a member' },
		{
			type: 'paragraph',
			content: ['Describe who belongs in this group and why.']
		},
		{
			type: 'bulletList',
			items: [
				['Can organisations join, individuals, or both?'],
				['What must a member share with the group: a mission, a region, a way of working?'],
				['Is there a limit on the number of members, or a balance we want to keep?']
			]
		},
		{ type: 'heading', level: 2, text: '2. How to join' },
		{
			type: 'paragraph',
			content: ['Make joining simple and fair. For example:']
		},
		{
			type: 'orderedList',
			items: [
				['The applicant sends a short note about who they are and why they want to join.'],
				['The facilitator shares the note with all members.'],
				['Members ask questions or raise concerns within an agreed time.'],
				['The group decides, and a member welcomes the newcomer.']
			]
		},
		{
			type: 'bulletList',
			items: [
				['What information do we ask for?'],
				['Who approves a new member, and using which decision rule?'],
				['How do we help new members get started?']
			]
		},
		{ type: 'heading', level: 2, text: '3. Roles' },
		{
			type: 'paragraph',
			content: ['Say what each role can do. Change the roles to fit your group.']
		},
		{
			type: 'bulletList',
			items: [
				[
					{ text: 'Facilitator: ', bold: true },
					'prepares and runs meetings, keeps the record, and follows up. Who chooses the facilitator, and for how long?'
				],
				[
					{ text: 'Member: ', bold: true },
					'takes part in discussions and decisions, and takes on commitments. Does each organisation have one voice or more?'
				],
				[
					{ text: 'Observer: ', bold: true },
					'follows the work and can speak, but does not decide. Who can be an observer, for example a donor or a researcher?'
				]
			]
		},
		{ type: 'heading', level: 2, text: '4. Rights and responsibilities' },
		{
			type: 'paragraph',
			content: ['Members have rights in the group, and responsibilities to each other.']
		},
		{
			type: 'bulletList',
			items: [
				['What can every member expect: information, a voice in decisions, credit for their work?'],
				[
					'What does every member owe the group: honesty, preparation, respect for confidentiality?'
				],
				['How do we make sure smaller or newer members are heard as much as larger ones?']
			]
		},
		{ type: 'heading', level: 2, text: '5. Participation expectations' },
		{
			type: 'paragraph',
			content: ['Be realistic. Members have other work, and some have little time or funding.']
		},
		{
			type: 'bulletList',
			items: [
				['How many meetings should a member attend each year?'],
				['What contributions do we expect: time, skills, money, contacts?'],
				['Who represents a member organisation, and what happens when that person changes?'],
				[
					'When a member speaks, for whom do they speak: themselves, their organisation, or the group?'
				]
			]
		},
		{ type: 'heading', level: 2, text: '6. Stepping back or leaving' },
		{
			type: 'paragraph',
			content: ['People and organisations change. Make it easy to pause or leave on good terms.']
		},
		{
			type: 'bulletList',
			items: [
				['Can a member take a break, and for how long?'],
				['How does a member tell the group they are leaving?'],
				['What happens to their commitments and to the work they shared?']
			]
		},
		{ type: 'heading', level: 2, text: '7. When commitments are not met' },
		{
			type: 'paragraph',
			content: [
				'Start with a conversation, not a penalty. There is often a good reason behind a missed commitment.'
			]
		},
		{
			type: 'bulletList',
			items: [
				['Who talks with the member first, and how soon?'],
				['What support can the group offer?'],
				['In which cases, and by what decision, can a member be asked to leave?']
			]
		},
		{ type: 'heading', level: 2, text: '8. Revisiting these rules' },
		{
			type: 'paragraph',
			content: ['Check these rules as the group grows, and change them when they no longer fit.']
		},
		{
			type: 'bulletList',
			items: [
				['When will we next review these rules?'],
				['Who can propose a change, and how do we decide on it?']
			]
		}
	]
};
