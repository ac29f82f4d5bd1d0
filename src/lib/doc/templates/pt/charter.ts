import { bold, bulletList, heading, italic, orderedList, paragraph } from '../../rich-text';
import type { DocumentTemplate } from '../types';

/** The Charter in Portuguese: why the group exists, its principles, how it works and decides. */
export const charter: DocumentTemplate = {
	kind: 'charter',
	title: 'Carta de princípios',
	blocks: [
		paragraph(
			italic(
				'Substitua cada conjunto de perguntas pelo texto que o grupo definir em conjunto. Retire o que não for necessário e acrescente o que faltar. Frases curtas e claras ajudam os membros que leem em uma segunda língua.'
			)
		),
		heading(2, '1. Propósito e escopo'),
		paragraph('Explique em poucas frases por que este grupo existe e o que ele fará e não fará.'),
		bulletList(
			['Por que trabalhamos em conjunto, e por que agora?'],
			['Que mudança queremos ver, e para quem?'],
			['O que fica fora do nosso escopo?'],
			['Por quanto tempo esperamos trabalhar em conjunto?']
		),
		heading(2, '2. Princípios compartilhados'),
		paragraph(
			'Os princípios nos orientam quando uma decisão é difícil. Para cada um, escreva o que ele significa na prática para este grupo.'
		),
		bulletList(
			[
				bold('Prestação de contas às pessoas a quem servimos: '),
				'como a voz delas orienta o que decidimos e fazemos?'
			],
			[bold('Transparência: '), 'o que compartilhamos abertamente, com quem e quando?'],
			[
				bold('Escuta e resposta: '),
				'como recolhemos opiniões e críticas, e como mostramos o que mudou graças a elas?'
			],
			[bold('Aprender com os erros: '), 'como falamos do que não funcionou, sem buscar culpados?']
		),
		paragraph(
			'Acrescente qualquer outro princípio que o grupo defenda, como a redistribuição de poder ou a equidade.'
		),
		heading(2, '3. O que fazemos em conjunto'),
		paragraph(
			'Descreva o trabalho que o grupo realiza como grupo, e não o que cada membro faz por conta própria.'
		),
		bulletList(
			[
				'Que atividades realizamos em conjunto (pesquisa, incidência política, intercâmbios, formação)?'
			],
			['Que produtos entregamos, e para quem?'],
			['Quem lidera cada frente de trabalho, e como as outras pessoas contribuem?']
		),
		heading(2, '4. Como trabalhamos'),
		paragraph(
			'Combine os aspectos práticos básicos, para que todas as pessoas possam participar plenamente.'
		),
		bulletList(
			[
				bold('Reuniões: '),
				'com que frequência, virtuais ou presenciais, e em que horários, considerando os fusos horários?'
			],
			[bold('Idiomas: '), 'quais línguas de trabalho usamos, e quem ajuda com a tradução?'],
			[
				bold('Ferramentas: '),
				'onde escrevemos, compartilhamos arquivos e conversamos entre as reuniões?'
			],
			[
				bold('Confidencialidade: '),
				'o que fica dentro do grupo, e o que os membros podem compartilhar fora dele?'
			]
		),
		heading(2, '5. Como as decisões são tomadas'),
		paragraph(
			'Indique quem decide o quê, e qual regra é usada. As regras mais comuns estão listadas abaixo; escolha uma, ou regras diferentes para tipos diferentes de decisão.'
		),
		bulletList(
			[bold('Consentimento: '), 'uma proposta é adotada quando ninguém tem uma objeção séria.'],
			[bold('Consenso: '), 'uma proposta é adotada quando todas as pessoas concordam.'],
			[bold('Maioria: '), 'uma proposta é adotada quando mais da metade de quem vota concorda.']
		),
		paragraph('Uma forma simples de passar da proposta à decisão:'),
		orderedList(
			['Alguém escreve uma proposta curta e a compartilha antes da reunião.'],
			['Os membros fazem perguntas para entendê-la.'],
			['Os membros compartilham suas reações e apresentam eventuais objeções.'],
			['O grupo aprimora a proposta até poder decidir.'],
			['A decisão é registrada, com quem vai executá-la e até quando.']
		),
		bulletList(
			[
				'Que decisões precisam do grupo inteiro, e quais podem ser tomadas pelo(a) facilitador(a) ou por uma pequena equipe?'
			],
			[
				'Qual é o nosso quórum: quantos membros precisam participar para que uma decisão seja válida?'
			],
			['Como lidamos com uma objeção, e como os membros ausentes podem participar?']
		),
		heading(2, '6. Resolução de divergências'),
		paragraph(
			'Divergências são normais e muitas vezes úteis. Combine desde já o que fazer quando a situação ficar difícil.'
		),
		bulletList(
			['Qual é o primeiro passo: uma conversa direta entre as pessoas envolvidas?'],
			[
				'Quem pode ajudar se isso não funcionar, por exemplo, um membro de confiança ou um(a) facilitador(a) externo(a)?'
			],
			['O que acontece se ainda assim não chegarmos a um acordo?']
		),
		heading(2, '7. Quando revisar esta carta'),
		paragraph(
			'Uma carta de princípios deve mudar à medida que o grupo aprende. Marque uma data para revisá-la em conjunto.'
		),
		bulletList(
			['Quando vamos revisar esta carta novamente?'],
			['Quem pode propor uma mudança, e como?'],
			['Que regra de decisão usamos para alterá-la?']
		)
	]
};
