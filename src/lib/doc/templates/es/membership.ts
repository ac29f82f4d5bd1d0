import { bold, bulletList, heading, italic, orderedList, paragraph } from '../../rich-text';
import type { DocumentTemplate } from '../types';

/** Membership rules in Spanish: who belongs, how people join and leave, and their roles. */
export const membership: DocumentTemplate = {
	kind: 'membership',
	title: 'Normas de membresía',
	blocks: [
		paragraph(
			italic(
				'Reemplaza cada grupo de preguntas por el texto que acuerde tu grupo. Unas normas claras ayudan a que los nuevos miembros se sientan bienvenidos y a que todas las personas sepan qué esperar.'
			)
		),
		heading(2, '1. Quién puede ser miembro'),
		paragraph('Describe quién forma parte de este grupo y por qué.'),
		bulletList(
			['¿Pueden sumarse organizaciones, personas a título individual o ambas?'],
			[
				'¿Qué debe compartir un miembro con el grupo: una misión, una región, una forma de trabajar?'
			],
			['¿Hay un límite de miembros, o un equilibrio que queramos mantener?']
		),
		heading(2, '2. Cómo incorporarse'),
		paragraph('Haz que incorporarse sea sencillo y justo. Por ejemplo:'),
		orderedList(
			['Quien solicita el ingreso envía una nota breve sobre quién es y por qué quiere sumarse.'],
			['El/la facilitador/a comparte la nota con todos los miembros.'],
			['Los miembros hacen preguntas o plantean inquietudes dentro de un plazo acordado.'],
			['El grupo decide, y un miembro da la bienvenida a quien se incorpora.']
		),
		bulletList(
			['¿Qué información pedimos?'],
			['¿Quién aprueba la incorporación de un nuevo miembro, y con qué regla de decisión?'],
			['¿Cómo ayudamos a los nuevos miembros a empezar?']
		),
		heading(2, '3. Roles'),
		paragraph('Indica qué puede hacer cada rol. Adapta los roles a tu grupo.'),
		bulletList(
			[
				bold('Facilitador/a: '),
				'prepara y conduce las reuniones, lleva el registro y vela por que se cumpla lo acordado. ¿Quién elige a quien facilita, y por cuánto tiempo?'
			],
			[
				bold('Miembro: '),
				'participa en las discusiones y decisiones, y asume compromisos. ¿Cada organización tiene una sola voz o más de una?'
			],
			[
				bold('Observador/a: '),
				'sigue el trabajo y puede intervenir, pero no decide. ¿Quién puede ser observador/a, por ejemplo, un donante o un/a investigador/a?'
			]
		),
		heading(2, '4. Derechos y responsabilidades'),
		paragraph('Los miembros tienen derechos dentro del grupo y responsabilidades entre sí.'),
		bulletList(
			[
				'¿Qué puede esperar cada miembro: información, voz en las decisiones, reconocimiento por su trabajo?'
			],
			[
				'¿Qué le debe cada miembro al grupo: honestidad, preparación, respeto a la confidencialidad?'
			],
			[
				'¿Cómo nos aseguramos de que los miembros más pequeños o más recientes sean escuchados tanto como los más grandes?'
			]
		),
		heading(2, '5. Expectativas de participación'),
		paragraph(
			'Sé realista. Los miembros tienen otras tareas, y algunos cuentan con poco tiempo o financiamiento.'
		),
		bulletList(
			['¿A cuántas reuniones debería asistir un miembro cada año?'],
			['¿Qué aportes esperamos: tiempo, habilidades, dinero, contactos?'],
			['¿Quién representa a una organización miembro, y qué pasa cuando esa persona cambia?'],
			[
				'Cuando un miembro toma la palabra, ¿en nombre de quién habla: a título personal, en nombre de su organización o del grupo?'
			]
		),
		heading(2, '6. Hacer una pausa o retirarse'),
		paragraph(
			'Las personas y las organizaciones cambian. Facilita que se pueda hacer una pausa o retirarse en buenos términos.'
		),
		bulletList(
			['¿Puede un miembro hacer una pausa, y por cuánto tiempo?'],
			['¿Cómo avisa un miembro al grupo que se retira?'],
			['¿Qué pasa con sus compromisos y con el trabajo que compartió?']
		),
		heading(2, '7. Cuando no se cumplen los compromisos'),
		paragraph(
			'Empieza por una conversación, no por una sanción. A menudo hay una buena razón detrás de un compromiso incumplido.'
		),
		bulletList(
			['¿Quién habla primero con el miembro, y en qué plazo?'],
			['¿Qué apoyo puede ofrecer el grupo?'],
			['¿En qué casos, y mediante qué decisión, se le puede pedir a un miembro que deje el grupo?']
		),
		heading(2, '8. Revisar estas normas'),
		paragraph(
			'Revisa estas normas a medida que el grupo crece y cámbialas cuando ya no se ajusten.'
		),
		bulletList(
			['¿Cuándo revisaremos de nuevo estas normas?'],
			['¿Quién puede proponer un cambio, y cómo lo decidimos?']
		)
	]
};
