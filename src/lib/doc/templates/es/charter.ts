import { bold, bulletList, heading, italic, orderedList, paragraph } from '../../rich-text';
import type { DocumentTemplate } from '../types';

/** The Charter in Spanish: why the group exists, its principles, how it works and decides. */
export const charter: DocumentTemplate = {
	kind: 'charter',
	title: 'Carta fundacional',
	blocks: [
		paragraph(
			italic(
				'Reemplaza cada grupo de preguntas por el texto que acuerde tu grupo. Elimina lo que no necesites y añade lo que falte. Las frases cortas y claras ayudan a quienes leen en una segunda lengua.'
			)
		),
		heading(2, '1. Propósito y alcance'),
		paragraph('Explica en pocas frases por qué existe este grupo y qué hará y qué no hará.'),
		bulletList(
			['¿Por qué trabajamos en conjunto, y por qué ahora?'],
			['¿Qué cambio queremos ver, y para quién?'],
			['¿Qué queda fuera de nuestro alcance?'],
			['¿Cuánto tiempo esperamos trabajar en conjunto?']
		),
		heading(2, '2. Principios compartidos'),
		paragraph(
			'Los principios nos orientan cuando una decisión es difícil. Para cada uno, escribe qué significa en la práctica para este grupo.'
		),
		bulletList(
			[
				bold('Rendición de cuentas a las personas a quienes servimos: '),
				'¿cómo inciden sus voces en lo que decidimos y hacemos?'
			],
			[bold('Transparencia: '), '¿qué compartimos abiertamente, con quién y cuándo?'],
			[
				bold('Escucha y respuesta: '),
				'¿cómo recogemos la retroalimentación y cómo mostramos lo que cambió gracias a ella?'
			],
			[
				bold('Aprender de los errores: '),
				'¿cómo hablamos de lo que no funcionó, sin buscar culpables?'
			]
		),
		paragraph(
			'Añade cualquier otro principio que sostenga tu grupo, como la redistribución del poder o la equidad.'
		),
		heading(2, '3. Lo que hacemos en conjunto'),
		paragraph(
			'Describe el trabajo que el grupo realiza como grupo, no lo que cada miembro hace por su cuenta.'
		),
		bulletList(
			[
				'¿Qué actividades realizamos en conjunto (investigación, incidencia, intercambios, formación)?'
			],
			['¿Qué productos elaboramos y a quién van dirigidos?'],
			['¿Quién lidera cada línea de trabajo y cómo contribuyen las demás personas?']
		),
		heading(2, '4. Cómo trabajamos'),
		paragraph(
			'Acuerda con el grupo los aspectos prácticos básicos, para que todas las personas puedan participar plenamente.'
		),
		bulletList(
			[
				bold('Reuniones: '),
				'¿con qué frecuencia, en línea o en persona, y en qué horarios, teniendo en cuenta las zonas horarias?'
			],
			[bold('Idiomas: '), '¿qué idiomas de trabajo usamos y quién ayuda con la traducción?'],
			[
				bold('Herramientas: '),
				'¿dónde escribimos, compartimos archivos y conversamos entre reuniones?'
			],
			[
				bold('Confidencialidad: '),
				'¿qué queda dentro del grupo y qué pueden compartir los miembros fuera de él?'
			]
		),
		heading(2, '5. Cómo se toman las decisiones'),
		paragraph(
			'Indica quién decide qué y con qué regla. A continuación aparecen las reglas más comunes; elige una, o reglas distintas para distintos tipos de decisiones.'
		),
		bulletList(
			[bold('Consentimiento: '), 'una propuesta se adopta cuando nadie tiene una objeción seria.'],
			[bold('Consenso: '), 'una propuesta se adopta cuando todas las personas están de acuerdo.'],
			[
				bold('Mayoría: '),
				'una propuesta se adopta cuando más de la mitad de quienes votan están de acuerdo.'
			]
		),
		paragraph('Una forma sencilla de pasar de una propuesta a una decisión:'),
		orderedList(
			['Alguien redacta una propuesta breve y la comparte antes de la reunión.'],
			['Los miembros hacen preguntas para entenderla.'],
			['Los miembros comparten sus reacciones y plantean sus objeciones, si las hay.'],
			['El grupo mejora la propuesta hasta que puede decidir.'],
			['La decisión queda registrada, con quién la llevará a cabo y para cuándo.']
		),
		bulletList(
			[
				'¿Qué decisiones requieren a todo el grupo y cuáles puede tomar el/la facilitador/a o un equipo pequeño?'
			],
			[
				'¿Cuál es nuestro quórum: cuántos miembros deben participar para que una decisión sea válida?'
			],
			['¿Cómo manejamos una objeción y cómo pueden participar los miembros ausentes?']
		),
		heading(2, '6. Resolver desacuerdos'),
		paragraph(
			'El desacuerdo es normal y a menudo útil. Conviene acordar desde ahora qué hacer cuando las cosas se pongan difíciles.'
		),
		bulletList(
			['¿Cuál es el primer paso: una conversación directa entre las personas involucradas?'],
			[
				'¿Quién puede ayudar si eso no funciona, por ejemplo, un miembro de confianza o un/a facilitador/a externo/a?'
			],
			['¿Qué pasa si aun así no logramos ponernos de acuerdo?']
		),
		heading(2, '7. Cuándo se revisa esta carta'),
		paragraph(
			'Una carta fundacional debe cambiar a medida que el grupo aprende. Fija una fecha para volver a revisarla en conjunto.'
		),
		bulletList(
			['¿Cuándo revisaremos de nuevo esta carta fundacional?'],
			['¿Quién puede proponer un cambio, y cómo?'],
			['¿Qué regla de decisión usamos para modificarla?']
		)
	]
};
