import type { TemplateSet } from './types';

/** The English starting texts of a new workspace: its founding documents and a blank title. */
export const en: TemplateSet = {
	workspace: [
		{
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
					content: [
						'Say in a few sentences why this group exists and what it will and will not do.'
					]
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
						[
							{ text: 'Transparency: ', bold: true },
							'what do we share openly, with whom, and when?'
						],
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
		},
		{
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
						[
							'What can every member expect: information, a voice in decisions, credit for their work?'
						],
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
					content: [
						'People and organisations change. Make it easy to pause or leave on good terms.'
					]
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
					content: [
						'Check these rules as the group grows, and change them when they no longer fit.'
					]
				},
				{
					type: 'bulletList',
					items: [
						['When will we next review these rules?'],
						['Who can propose a change, and how do we decide on it?']
					]
				}
			]
		},
		{
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
		}
	],
	blankTitle: 'Untitled document'
};
