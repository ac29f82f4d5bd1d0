import type { RoundTemplateSet } from './types';

const agreement = { lowLabel: 'Not at all', highLabel: 'Fully' };

/** The starting rounds in English. */
export const en: RoundTemplateSet = [
	{
		key: 'partnership',
		title: 'How is our partnership working?',
		intro:
			'A few minutes to say how working together feels from where you are. The results go back to the whole group, with the steps we agree to take.',
		named: false,
		questions: [
			{
				key: 'communication',
				kind: 'rating',
				prompt: 'We keep each other well informed.',
				...agreement
			},
			{
				key: 'shared-decisions',
				kind: 'rating',
				prompt: 'Decisions are made together, and my voice counts.',
				...agreement
			},
			{
				key: 'trust',
				kind: 'rating',
				prompt: 'I trust the other members of the partnership.',
				...agreement
			},
			{
				key: 'commitments',
				kind: 'rating',
				prompt: 'We meet the commitments we make to one another.',
				...agreement
			},
			{ key: 'working-well', kind: 'text', prompt: 'What is working well?', optional: true },
			{ key: 'improve', kind: 'text', prompt: 'What one thing should we improve?', optional: true }
		]
	},
	{
		key: 'after-meeting',
		title: 'After our meeting',
		intro: 'Tell us how the meeting went for you, while it is fresh.',
		named: false,
		questions: [
			{
				key: 'useful',
				kind: 'rating',
				prompt: 'How useful was the meeting?',
				lowLabel: 'Not useful',
				highLabel: 'Very useful'
			},
			{
				key: 'heard',
				kind: 'yes-no',
				prompt: 'Did you have the chance to say what you wanted to say?'
			},
			{
				key: 'pace',
				kind: 'choice',
				prompt: 'How was the pace?',
				options: ['Too slow', 'About right', 'Too fast']
			},
			{
				key: 'next-time',
				kind: 'text',
				prompt: 'What should we do differently next time?',
				optional: true
			}
		]
	},
	{
		key: 'charter-review',
		title: 'Yearly review of our charter',
		intro:
			'Once a year we look again at our charter. Say whether it still describes how we work and what should change.',
		named: true,
		questions: [
			{
				key: 'still-fits',
				kind: 'rating',
				prompt: 'Our charter still describes how we work.',
				...agreement
			},
			{
				key: 'followed',
				kind: 'rating',
				prompt: 'We follow our charter in practice.',
				...agreement
			},
			{
				key: 'sections',
				kind: 'choice',
				prompt: 'Which parts need to be revised?',
				options: ['Purpose', 'Membership', 'Decision-making', 'Roles', 'Commitments to each other'],
				multiple: true,
				optional: true
			},
			{ key: 'changes', kind: 'text', prompt: 'What would you change, and why?', optional: true }
		]
	},
	{
		key: 'cso-standard',
		title: 'Accountability self-assessment',
		intro:
			'Rate how well we live up to each of the twelve commitments of the Global Standard for CSO Accountability, and say briefly what shows it. Each member organisation gets its own report card, and the group gets one too.',
		named: true,
		questions: [
			['justice', 'Justice and equality: we tackle injustice, exclusion and discrimination.'],
			[
				'gender',
				"Women's rights and gender equality: we advance them in our work and in our organisations."
			],
			[
				'planet',
				'Healthy planet: we protect the natural environment and use its resources with care.'
			],
			[
				'lasting-change',
				'Lasting positive change: our work brings change that lasts for the people we serve.'
			],
			['people-driven', 'People-driven work: the people we work with shape what we do.'],
			['partnerships', 'Strong partnerships: we work with others fairly and as equals.'],
			[
				'advocacy',
				'Advocating for fundamental change: we speak up to change the causes of the problems we address.'
			],
			['open', 'Open organisations: we are transparent about what we do and how we are run.'],
			[
				'staff',
				'Empowered, effective staff and volunteers: our people are supported and able to do their work well.'
			],
			['resources', 'Well-handled resources: we manage money and other resources responsibly.'],
			['responsive', 'Responsive decision-making: we listen to feedback and act on it.'],
			[
				'leadership',
				'Responsible leadership: our leaders act with integrity and answer for their decisions.'
			]
		].map(([key, prompt]) => ({
			key: key!,
			kind: 'rating' as const,
			prompt: prompt!,
			lowLabel: 'Not yet',
			highLabel: 'Fully',
			evidence: true
		}))
	}
];
