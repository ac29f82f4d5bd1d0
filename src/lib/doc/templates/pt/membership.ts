import { bold, bulletList, heading, italic, orderedList, paragraph } from '../../rich-text';
import type { DocumentTemplate } from '../types';

/** Membership rules in Portuguese: who belongs, how people join and leave, and their roles. */
export const membership: DocumentTemplate = {
	kind: 'membership',
	title: 'Regras de adesão',
	blocks: [
		paragraph(
			italic(
				'Substitua cada conjunto de perguntas pelo texto que o grupo definir em conjunto. Regras claras fazem com que novos membros se sintam bem-vindos e que todas as pessoas saibam o que esperar.'
			)
		),
		heading(2, '1. Quem pode ser membro'),
		paragraph('Descreva quem faz parte deste grupo, e por quê.'),
		bulletList(
			['Podem aderir organizações, pessoas a título individual, ou ambas?'],
			[
				'O que um membro precisa ter em comum com o grupo: uma missão, uma região, uma forma de trabalhar?'
			],
			['Há um limite para o número de membros, ou um equilíbrio que queremos manter?']
		),
		heading(2, '2. Como aderir'),
		paragraph('Torne a adesão simples e justa. Por exemplo:'),
		orderedList(
			['Quem se candidata envia uma nota curta dizendo quem é e por que quer aderir.'],
			['O(a) facilitador(a) compartilha a nota com todos os membros.'],
			['Os membros fazem perguntas ou apresentam preocupações dentro de um prazo combinado.'],
			['O grupo decide, e um membro dá as boas-vindas a quem chega.']
		),
		bulletList(
			['Que informações pedimos?'],
			['Quem aprova a entrada de um novo membro, e com qual regra de decisão?'],
			['Como ajudamos os novos membros a começar?']
		),
		heading(2, '3. Papéis'),
		paragraph('Indique o que cada papel pode fazer. Adapte os papéis ao seu grupo.'),
		bulletList(
			[
				bold('Facilitador(a): '),
				'prepara e conduz as reuniões, mantém o registro e acompanha os encaminhamentos. Quem escolhe o(a) facilitador(a), e por quanto tempo?'
			],
			[
				bold('Membro: '),
				'participa das discussões e das decisões, e assume compromissos. Cada organização tem uma voz ou mais?'
			],
			[
				bold('Observador(a): '),
				'acompanha o trabalho e pode tomar a palavra, mas não decide. Quem pode ser observador(a), por exemplo, um financiador ou um(a) pesquisador(a)?'
			]
		),
		heading(2, '4. Direitos e responsabilidades'),
		paragraph('Os membros têm direitos no grupo e responsabilidades mútuas.'),
		bulletList(
			[
				'O que todo membro pode esperar: informação, voz nas decisões, reconhecimento pelo seu trabalho?'
			],
			['O que todo membro deve ao grupo: honestidade, preparação, respeito à confidencialidade?'],
			['Como garantimos que membros menores ou mais novos sejam ouvidos tanto quanto os maiores?']
		),
		heading(2, '5. Expectativas de participação'),
		paragraph(
			'Seja realista. Os membros têm outros trabalhos, e alguns têm pouco tempo ou poucos recursos.'
		),
		bulletList(
			['De quantas reuniões um membro deve participar por ano?'],
			['Que contribuições esperamos: tempo, competências, dinheiro, contatos?'],
			['Quem representa uma organização membro, e o que acontece quando essa pessoa muda?'],
			[
				'Quando um membro fala, em nome de quem fala: a título pessoal, em nome da sua organização ou em nome do grupo?'
			]
		),
		heading(2, '6. Afastamento ou saída'),
		paragraph('Pessoas e organizações mudam. Facilite a pausa ou a saída em bons termos.'),
		bulletList(
			['Um membro pode fazer uma pausa, e por quanto tempo?'],
			['Como um membro avisa o grupo de que vai sair?'],
			['O que acontece com os seus compromissos e com o trabalho compartilhado?']
		),
		heading(2, '7. Quando os compromissos não são cumpridos'),
		paragraph(
			'Comece com uma conversa, não com uma penalidade. Muitas vezes há um bom motivo por trás de um compromisso não cumprido.'
		),
		bulletList(
			['Quem conversa primeiro com o membro, e em quanto tempo?'],
			['Que apoio o grupo pode oferecer?'],
			['Em que casos, e por qual decisão, um membro pode ser convidado a deixar o grupo?']
		),
		heading(2, '8. Revisão destas regras'),
		paragraph(
			'Revise estas regras à medida que o grupo cresce, e altere-as quando não fizerem mais sentido.'
		),
		bulletList(
			['Quando vamos revisar estas regras novamente?'],
			['Quem pode propor uma mudança, e como decidimos sobre ela?']
		)
	]
};
