import { bold, bulletList, heading, italic, paragraph, quote } from '../../rich-text';
import type { DocumentTemplate } from '../types';

/** Mutual-accountability commitments in Portuguese: what members promise each other and how progress is reviewed. */
export const commitments: DocumentTemplate = {
	kind: 'commitments',
	title: 'Compromissos de prestação de contas mútua',
	blocks: [
		paragraph(
			italic(
				'Substitua cada conjunto de perguntas pelo texto que o grupo definir em conjunto: este documento diz como o grupo assume e cumpre compromissos. Os compromissos em si ficam na página Compromissos (no menu do espaço de trabalho): selecione aqui uma frase e escolha “Assumir um compromisso” para vincular um compromisso a ela, e registre ali cada atualização de progresso.'
			)
		),
		heading(2, '1. Nossos compromissos mútuos'),
		paragraph(
			'Escreva cada compromisso de forma que qualquer pessoa do grupo possa verificá-lo. Use sempre o mesmo modelo:'
		),
		bulletList([
			bold('Quem: '),
			'o membro ou os membros responsáveis. ',
			bold('O quê: '),
			'uma ação ou um resultado claro, por exemplo, compartilhar um breve resumo do que as pessoas da comunidade nos disseram. ',
			bold('Prazo: '),
			'uma data, ou a reunião até a qual estará feito.'
		]),
		bulletList(
			['Quais são as coisas mais importantes que prometemos mutuamente este ano?'],
			[
				'Os compromissos estão distribuídos de forma justa, considerando o porte e os recursos de cada membro?'
			],
			['Com o que o grupo como um todo se compromete, além de cada membro?']
		),
		heading(2, '2. Incluir as pessoas a quem servimos'),
		paragraph(
			'A prestação de contas mútua não acontece só entre os membros. Ela também se estende às comunidades para as quais trabalhamos.'
		),
		bulletList(
			['Quais compromissos vêm do que as pessoas a quem servimos nos disseram?'],
			['Como elas vão ver o que prometemos e o que fizemos?'],
			['Como podem apontar quando não cumprimos o prometido?']
		),
		heading(2, '3. Como acompanhamos o progresso'),
		paragraph(
			'Cada compromisso na página Compromissos tem uma situação, revista a cada atualização de progresso, e o Registro de progresso mútuo reúne todos eles por período. As situações são:'
		),
		bulletList(
			[bold('Não iniciado: '), 'o trabalho ainda não começou.'],
			[bold('Em dia: '), 'o trabalho está andando e deve terminar no prazo.'],
			[bold('Em risco: '), 'há um problema, e pode ser preciso ajuda ou uma nova data.'],
			[bold('Fora do planejado: '), 'não será cumprido como previsto sem um novo plano.'],
			[bold('Concluído: '), 'o compromisso foi cumprido.'],
			[bold('Abandonado: '), 'o grupo decidiu deixá-lo de lado; ele continua no registro.']
		),
		bulletList(
			['Quem atualiza a situação: a pessoa responsável ou o(a) facilitador(a)?'],
			['Como registramos atualizações de progresso entre as reuniões?']
		),
		heading(2, '4. Revisar o progresso em conjunto'),
		paragraph(
			'Examine todos os compromissos em conjunto, em momentos regulares. Mantenha um registro de progresso mútuo breve, para que os membros possam ver o que cada membro fez.'
		),
		bulletList(
			['Com que frequência revisamos o progresso, e em qual reunião?'],
			['Quem mantém o registro de progresso mútuo, e onde?'],
			['Como celebramos o que deu certo e aprendemos com o que não deu?']
		),
		heading(2, '5. Quando os compromissos não são cumpridos'),
		quote('Um compromisso não cumprido é motivo para conversar, não para culpar.'),
		paragraph(
			'Responda primeiro com apoio. Pergunte o que atrapalhou e o que ajudaria, e então combine um novo plano, se necessário.'
		),
		bulletList(
			['Como um membro avisa o grupo, com antecedência, que um compromisso está em risco?'],
			['Como renegociamos um compromisso: uma nova data, um escopo menor ou outro(a) responsável?'],
			['O que fazemos se o mesmo compromisso deixa de ser cumprido repetidas vezes?']
		),
		heading(2, '6. Compartilhar nosso progresso fora do grupo'),
		paragraph(
			'Ser transparente sobre o progresso, inclusive sobre o que não funcionou, gera confiança com parceiros, financiadores e comunidades.'
		),
		bulletList(
			['O que compartilhamos publicamente, e o que fica dentro do grupo?'],
			['Quem aprova antes de algo ser compartilhado, e quem o compartilha?'],
			['Em quais formatos e idiomas compartilhamos?']
		),
		heading(2, '7. Revisão destes compromissos'),
		paragraph(
			'Os compromissos devem acompanhar o trabalho. Revise-os quando mudarem os planos, os membros ou o financiamento.'
		),
		bulletList(
			['Quando vamos revisar novamente a lista completa de compromissos?'],
			['Como adicionamos, alteramos ou encerramos um compromisso?']
		)
	]
};
