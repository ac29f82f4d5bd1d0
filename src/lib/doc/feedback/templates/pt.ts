import type { RoundTemplateSet } from './types';

const agreement = { lowLabel: 'Nem um pouco', highLabel: 'Totalmente' };

/** The starting rounds in Portuguese. */
export const pt: RoundTemplateSet = [
	{
		key: 'partnership',
		title: 'Como está funcionando nossa parceria?',
		intro:
			'Alguns minutos para contar como está sendo trabalhar em conjunto, do seu ponto de vista. Os resultados serão compartilhados com todo o grupo, junto com as medidas que decidirmos tomar.',
		named: false,
		questions: [
			{
				key: 'communication',
				kind: 'rating',
				prompt: 'Mantemos uns aos outros bem informados.',
				...agreement
			},
			{
				key: 'shared-decisions',
				kind: 'rating',
				prompt: 'As decisões são tomadas em conjunto, e minha voz conta.',
				...agreement
			},
			{
				key: 'trust',
				kind: 'rating',
				prompt: 'Confio nos outros membros da parceria.',
				...agreement
			},
			{
				key: 'commitments',
				kind: 'rating',
				prompt: 'Cumprimos os compromissos que assumimos uns com os outros.',
				...agreement
			},
			{ key: 'working-well', kind: 'text', prompt: 'O que está funcionando bem?', optional: true },
			{
				key: 'improve',
				kind: 'text',
				prompt: 'Se fosse para melhorar uma única coisa, qual seria?',
				optional: true
			}
		]
	},
	{
		key: 'after-meeting',
		title: 'Depois da nossa reunião',
		intro: 'Conte como foi a reunião, enquanto ela ainda está fresca na memória.',
		named: false,
		questions: [
			{
				key: 'useful',
				kind: 'rating',
				prompt: 'Quão útil foi a reunião?',
				lowLabel: 'Nada útil',
				highLabel: 'Muito útil'
			},
			{ key: 'heard', kind: 'yes-no', prompt: 'Teve a oportunidade de dizer o que queria dizer?' },
			{
				key: 'pace',
				kind: 'choice',
				prompt: 'Como estava o ritmo?',
				options: ['Lento demais', 'Adequado', 'Rápido demais']
			},
			{
				key: 'next-time',
				kind: 'text',
				prompt: 'O que devemos fazer de forma diferente na próxima vez?',
				optional: true
			}
		]
	},
	{
		key: 'charter-review',
		title: 'Revisão anual da nossa carta de princípios',
		intro:
			'Uma vez por ano, revisitamos nossa carta de princípios. Diga se ela ainda descreve como trabalhamos e o que deveria mudar.',
		named: true,
		questions: [
			{
				key: 'still-fits',
				kind: 'rating',
				prompt: 'Nossa carta de princípios ainda descreve como trabalhamos.',
				...agreement
			},
			{
				key: 'followed',
				kind: 'rating',
				prompt: 'Na prática, seguimos nossa carta de princípios.',
				...agreement
			},
			{
				key: 'sections',
				kind: 'choice',
				prompt: 'Quais partes precisam ser revisadas?',
				options: ['Propósito', 'Adesão', 'Tomada de decisão', 'Papéis', 'Compromissos mútuos'],
				multiple: true,
				optional: true
			},
			{ key: 'changes', kind: 'text', prompt: 'O que mudaria, e por quê?', optional: true }
		]
	},
	{
		key: 'cso-standard',
		title: 'Autoavaliação de prestação de contas',
		intro:
			'Avalie em que medida cumprimos cada um dos doze compromissos do Padrão Global para a Prestação de Contas das OSC e indique brevemente o que demonstra isso. Cada organização membro recebe sua própria ficha de resultados, e o grupo também.',
		named: true,
		questions: [
			['justice', 'Justiça e igualdade: enfrentamos a injustiça, a exclusão e a discriminação.'],
			[
				'gender',
				'Direitos das mulheres e igualdade de gênero: nós os promovemos em nosso trabalho e dentro de nossas organizações.'
			],
			[
				'planet',
				'Planeta saudável: protegemos o meio ambiente e usamos seus recursos com cuidado.'
			],
			[
				'lasting-change',
				'Mudança positiva duradoura: nosso trabalho gera mudanças que perduram para as pessoas a quem servimos.'
			],
			[
				'people-driven',
				'Trabalho conduzido pelas pessoas: as pessoas com quem trabalhamos orientam o que fazemos.'
			],
			[
				'partnerships',
				'Parcerias sólidas: trabalhamos com os outros de forma justa e em pé de igualdade.'
			],
			[
				'advocacy',
				'Incidência por mudanças fundamentais: levantamos a voz para transformar as causas dos problemas que abordamos.'
			],
			[
				'open',
				'Organizações abertas: somos transparentes sobre o que fazemos e sobre a nossa governança.'
			],
			[
				'staff',
				'Equipes e voluntários fortalecidos e eficazes: nossa equipe recebe apoio e tem condições de fazer bem o seu trabalho.'
			],
			[
				'resources',
				'Recursos bem geridos: administramos o dinheiro e os demais recursos com responsabilidade.'
			],
			[
				'responsive',
				'Tomada de decisão responsiva: ouvimos as opiniões e críticas que recebemos e agimos a partir delas.'
			],
			[
				'leadership',
				'Liderança responsável: nossas lideranças agem com integridade e respondem por suas decisões.'
			]
		].map(([key, prompt]) => ({
			key: key!,
			kind: 'rating' as const,
			prompt: prompt!,
			lowLabel: 'Ainda não',
			highLabel: 'Plenamente',
			evidence: true
		}))
	}
];
