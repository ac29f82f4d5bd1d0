import { bold, bulletList, heading, italic, orderedList, paragraph } from '../../rich-text';
import type { DocumentTemplate } from '../types';

/** The Charter in French: why the group exists, its principles, how it works and decides. */
export const charter: DocumentTemplate = {
	kind: 'charter',
	title: 'Charte',
	blocks: [
		paragraph(
			italic(
				'Remplacez chaque série de questions par le texte sur lequel votre groupe s’accorde. Supprimez ce dont vous n’avez pas besoin et ajoutez ce qui manque. Des phrases courtes et claires aident les membres qui lisent dans une autre langue que la leur.'
			)
		),
		heading(2, '1. Raison d’être et champ d’action'),
		paragraph(
			'Dites en quelques phrases pourquoi ce groupe existe, ce qu’il fera et ce qu’il ne fera pas.'
		),
		bulletList(
			['Pourquoi travaillons-nous ensemble, et pourquoi maintenant ?'],
			['Quel changement voulons-nous voir, et pour qui ?'],
			['Qu’est-ce qui sort de notre champ d’action ?'],
			['Combien de temps pensons-nous travailler ensemble ?']
		),
		heading(2, '2. Principes communs'),
		paragraph(
			'Les principes nous guident quand une décision est difficile. Pour chacun d’eux, écrivez ce qu’il signifie concrètement pour ce groupe.'
		),
		bulletList(
			[
				bold('Redevabilité envers les personnes que nous servons : '),
				'comment leur voix oriente-t-elle ce que nous décidons et ce que nous faisons ?'
			],
			[bold('Transparence : '), 'que partageons-nous ouvertement, avec qui et à quel moment ?'],
			[
				bold('Écoute et réponse : '),
				'comment recueillons-nous les retours, et comment montrons-nous ce qui a changé grâce à eux ?'
			],
			[
				bold('Apprendre de nos échecs : '),
				'comment parlons-nous de ce qui n’a pas marché, sans chercher de coupable ?'
			]
		),
		paragraph(
			'Ajoutez tout autre principe que défend votre groupe, comme le rééquilibrage du pouvoir ou l’équité.'
		),
		heading(2, '3. Ce que nous faisons ensemble'),
		paragraph(
			'Décrivez le travail que le groupe mène en tant que groupe, et non ce que chaque membre fait de son côté.'
		),
		bulletList(
			['Quelles activités menons-nous ensemble (recherche, plaidoyer, échanges, formation) ?'],
			['Quels livrables produisons-nous, et à qui sont-ils destinés ?'],
			['Qui pilote chaque chantier, et comment les autres y contribuent-ils ?']
		),
		heading(2, '4. Notre façon de travailler'),
		paragraph(
			'Mettez-vous d’accord sur les bases pratiques, pour que tout le monde puisse participer pleinement.'
		),
		bulletList(
			[
				bold('Réunions : '),
				'à quelle fréquence, en ligne ou en présentiel, et à quelles heures selon les fuseaux horaires ?'
			],
			[
				bold('Langues : '),
				'quelles langues de travail utilisons-nous, et qui aide à la traduction ?'
			],
			[
				bold('Outils : '),
				'où écrivons-nous, où partageons-nous les fichiers et où échangeons-nous entre les réunions ?'
			],
			[
				bold('Confidentialité : '),
				'qu’est-ce qui reste au sein du groupe, et que peuvent partager les membres à l’extérieur ?'
			]
		),
		heading(2, '5. Comment les décisions sont prises'),
		paragraph(
			'Précisez qui décide de quoi, et selon quelle règle. Les règles les plus courantes figurent ci-dessous ; choisissez-en une, ou des règles différentes selon le type de décision.'
		),
		bulletList(
			[
				bold('Consentement : '),
				'une proposition est adoptée lorsque personne n’a d’objection sérieuse.'
			],
			[bold('Consensus : '), 'une proposition est adoptée lorsque tout le monde est d’accord.'],
			[
				bold('Majorité : '),
				'une proposition est adoptée lorsque plus de la moitié des personnes qui votent sont d’accord.'
			]
		),
		paragraph('Une façon simple de passer d’une proposition à une décision :'),
		orderedList(
			['Une personne rédige une courte proposition et la partage avant la réunion.'],
			['Les membres posent des questions pour bien la comprendre.'],
			['Les membres font part de leurs réactions et soulèvent d’éventuelles objections.'],
			['Le groupe améliore la proposition jusqu’à pouvoir trancher.'],
			['La décision est consignée, avec qui la met en œuvre et pour quand.']
		),
		bulletList(
			[
				'Quelles décisions demandent tout le groupe, et lesquelles peuvent être prises par un·e facilitateur·rice ou une petite équipe ?'
			],
			[
				'Quel est notre quorum : combien de membres doivent participer pour qu’une décision soit valable ?'
			],
			[
				'Comment traitons-nous une objection, et comment les membres absents peuvent-ils participer ?'
			]
		),
		heading(2, '6. Résoudre les désaccords'),
		paragraph(
			'Le désaccord est normal et souvent utile. Convenez dès maintenant de ce que vous ferez quand la situation deviendra difficile.'
		),
		bulletList(
			['Quelle est la première étape : une conversation directe entre les personnes concernées ?'],
			[
				'Qui peut aider si cela ne suffit pas, par exemple un membre de confiance ou un·e facilitateur·rice extérieur·e ?'
			],
			['Que se passe-t-il si nous ne parvenons toujours pas à nous mettre d’accord ?']
		),
		heading(2, '7. Réexaminer cette charte'),
		paragraph(
			'Une charte doit évoluer à mesure que le groupe apprend. Fixez une date pour la relire ensemble.'
		),
		bulletList(
			['Quand réexaminerons-nous cette charte ?'],
			['Qui peut proposer une modification, et comment ?'],
			['Quelle règle de décision utilisons-nous pour la modifier ?']
		)
	]
};
