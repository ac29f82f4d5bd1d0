import type { RoundTemplateSet } from './types';

const agreement = { lowLabel: 'Nada', highLabel: 'Totalmente' };

/** The starting rounds in Spanish. */
export const es: RoundTemplateSet = [
	{
		key: 'partnership',
		title: '¿Cómo está funcionando nuestra alianza?',
		intro:
			'Unos minutos para contar cómo vives el trabajo en conjunto desde tu lugar en la alianza. Devolveremos los resultados a todo el grupo, junto con los pasos que acordemos dar.',
		named: false,
		questions: [
			{
				key: 'communication',
				kind: 'rating',
				prompt: 'Nos mantenemos bien informados unos a otros.',
				...agreement
			},
			{
				key: 'shared-decisions',
				kind: 'rating',
				prompt: 'Las decisiones se toman en conjunto y mi voz cuenta.',
				...agreement
			},
			{
				key: 'trust',
				kind: 'rating',
				prompt: 'Confío en los demás miembros de la alianza.',
				...agreement
			},
			{
				key: 'commitments',
				kind: 'rating',
				prompt: 'Cumplimos los compromisos que asumimos entre nosotros.',
				...agreement
			},
			{ key: 'working-well', kind: 'text', prompt: '¿Qué está funcionando bien?', optional: true },
			{
				key: 'improve',
				kind: 'text',
				prompt: 'Si tuviéramos que mejorar una sola cosa, ¿cuál sería?',
				optional: true
			}
		]
	},
	{
		key: 'after-meeting',
		title: 'Después de nuestra reunión',
		intro: 'Cuéntanos cómo viviste la reunión, ahora que la tienes fresca.',
		named: false,
		questions: [
			{
				key: 'useful',
				kind: 'rating',
				prompt: '¿Hasta qué punto te resultó útil la reunión?',
				lowLabel: 'Nada útil',
				highLabel: 'Muy útil'
			},
			{
				key: 'heard',
				kind: 'yes-no',
				prompt: '¿Tuviste la oportunidad de decir lo que querías decir?'
			},
			{
				key: 'pace',
				kind: 'choice',
				prompt: '¿Qué te pareció el ritmo?',
				options: ['Demasiado lento', 'Adecuado', 'Demasiado rápido']
			},
			{
				key: 'next-time',
				kind: 'text',
				prompt: '¿Qué deberíamos hacer de otra manera la próxima vez?',
				optional: true
			}
		]
	},
	{
		key: 'charter-review',
		title: 'Revisión anual de nuestra carta fundacional',
		intro:
			'Una vez al año volvemos a mirar nuestra carta fundacional. Dinos si sigue reflejando cómo trabajamos y qué habría que cambiar.',
		named: true,
		questions: [
			{
				key: 'still-fits',
				kind: 'rating',
				prompt: 'Nuestra carta fundacional sigue reflejando cómo trabajamos.',
				...agreement
			},
			{
				key: 'followed',
				kind: 'rating',
				prompt: 'En la práctica, cumplimos nuestra carta fundacional.',
				...agreement
			},
			{
				key: 'sections',
				kind: 'choice',
				prompt: '¿Qué partes habría que revisar?',
				options: ['Propósito', 'Membresía', 'Toma de decisiones', 'Roles', 'Compromisos mutuos'],
				multiple: true,
				optional: true
			},
			{ key: 'changes', kind: 'text', prompt: '¿Qué cambiarías y por qué?', optional: true }
		]
	},
	{
		key: 'cso-standard',
		title: 'Autoevaluación de rendición de cuentas',
		intro:
			'Valora en qué medida cumplimos cada uno de los doce compromisos del Estándar Global para la Rendición de Cuentas de las OSC e indica brevemente qué lo demuestra. Cada organización miembro recibe su propia ficha de resultados, y el grupo también.',
		named: true,
		questions: [
			[
				'justice',
				'Justicia e igualdad: combatimos la injusticia, la exclusión y la discriminación.'
			],
			[
				'gender',
				'Derechos de las mujeres e igualdad de género: los promovemos en nuestro trabajo y dentro de nuestras organizaciones.'
			],
			[
				'planet',
				'Planeta saludable: protegemos el medio ambiente y usamos sus recursos con cuidado.'
			],
			[
				'lasting-change',
				'Cambio positivo duradero: nuestro trabajo genera cambios que perduran para las personas a quienes servimos.'
			],
			[
				'people-driven',
				'Trabajo impulsado por las personas: las personas con quienes trabajamos orientan lo que hacemos.'
			],
			[
				'partnerships',
				'Alianzas sólidas: trabajamos con otros de manera justa y en pie de igualdad.'
			],
			[
				'advocacy',
				'Incidencia para el cambio fundamental: alzamos la voz para transformar las causas de los problemas que abordamos.'
			],
			[
				'open',
				'Organizaciones abiertas: somos transparentes sobre lo que hacemos y sobre cómo nos gobernamos.'
			],
			[
				'staff',
				'Personal y voluntariado empoderados y eficaces: nuestra gente cuenta con apoyo y puede hacer bien su trabajo.'
			],
			[
				'resources',
				'Recursos bien gestionados: administramos el dinero y los demás recursos con responsabilidad.'
			],
			[
				'responsive',
				'Toma de decisiones receptiva: escuchamos la retroalimentación y actuamos en consecuencia.'
			],
			[
				'leadership',
				'Liderazgo responsable: quienes nos lideran actúan con integridad y rinden cuentas de sus decisiones.'
			]
		].map(([key, prompt]) => ({
			key: key!,
			kind: 'rating' as const,
			prompt: prompt!,
			lowLabel: 'Todavía no',
			highLabel: 'Plenamente',
			evidence: true
		}))
	}
];
