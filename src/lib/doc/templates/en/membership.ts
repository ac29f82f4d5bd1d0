import { bold, bulletList, heading, italic, orderedList, paragraph } from '../../rich-text';
import type { DocumentTemplate } from '../types';

/** Membership rules: who belongs, how people join and leave, and their roles. */
export const membership: DocumentTemplate = {
	kind: 'membership',
	title: 'Membership rules',
	blocks: [
		paragraph(
			italic(
				'Replace each set of questions with the text your group agrees on. Clear rules help new members feel welcome and help everyone know what to expect.'
			)
		),
		heading(2, '1. Who can be a member'),
		paragraph('Describe who belongs in this group and why.'),
		bulletList(
			['Can organisations join, individuals, or both?'],
			['What must a member share with the group: a mission, a region, a way of working?'],
			['Is there a limit on the number of members, or a balance we want to keep?']
		),
		heading(2, '2. How to join'),
		paragraph('Make joining simple and fair. For example:'),
		orderedList(
			['The applicant sends a short note about who they are and why they want to join.'],
			['The facilitator shares the note with all members.'],
			['Members ask questions or raise concerns within an agreed time.'],
			['The group decides, and a member welcomes the newcomer.']
		),
		bulletList(
			['What information do we ask for?'],
			['Who approves a new member, and using which decision rule?'],
			['How do we help new members get started?']
		),
		heading(2, '3. Roles'),
		paragraph('Say what each role can do. Change the roles to fit your group.'),
		bulletList(
			[
				bold('Facilitator: '),
				'prepares and runs meetings, keeps the record, and follows up. Who chooses the facilitator, and for how long?'
			],
			[
				bold('Member: '),
				'takes part in discussions and decisions, and takes on commitments. Does each organisation have one voice or more?'
			],
			[
				bold('Observer: '),
				'follows the work and can speak, but does not decide. Who can be an observer, for example a donor or a researcher?'
			]
		),
		heading(2, '4. Rights and responsibilities'),
		paragraph('Members have rights in the group, and responsibilities to each other.'),
		bulletList(
			['What can every member expect: information, a voice in decisions, credit for their work?'],
			['What does every member owe the group: honesty, preparation, respect for confidentiality?'],
			['How do we make sure smaller or newer members are heard as much as larger ones?']
		),
		heading(2, '5. Participation expectations'),
		paragraph('Be realistic. Members have other work, and some have little time or funding.'),
		bulletList(
			['How many meetings should a member attend each year?'],
			['What contributions do we expect: time, skills, money, contacts?'],
			['Who represents a member organisation, and what happens when that person changes?'],
			[
				'When a member speaks, for whom do they speak: themselves, their organisation, or the group?'
			]
		),
		heading(2, '6. Stepping back or leaving'),
		paragraph('People and organisations change. Make it easy to pause or leave on good terms.'),
		bulletList(
			['Can a member take a break, and for how long?'],
			['How does a member tell the group they are leaving?'],
			['What happens to their commitments and to the work they shared?']
		),
		heading(2, '7. When commitments are not met'),
		paragraph(
			'Start with a conversation, not a penalty. There is often a good reason behind a missed commitment.'
		),
		bulletList(
			['Who talks with the member first, and how soon?'],
			['What support can the group offer?'],
			['In which cases, and by what decision, can a member be asked to leave?']
		),
		heading(2, '8. Revisiting these rules'),
		paragraph('Check these rules as the group grows, and change them when they no longer fit.'),
		bulletList(
			['When will we next review these rules?'],
			['Who can propose a change, and how do we decide on it?']
		)
	]
};
