import type { RoundTemplateSet } from './types';

const agreement = { lowLabel: 'لا على الإطلاق', highLabel: 'تمامًا' };

/** The starting rounds in Arabic. */
export const ar: RoundTemplateSet = [
	{
		key: 'partnership',
		title: 'كيف تسير شراكتنا؟',
		intro:
			'بضع دقائق لمشاركة رأيك في عملنا المشترك من موقعك. تُعرض النتائج على المجموعة بأكملها، مع الخطوات التي نتفق على اتخاذها.',
		named: false,
		questions: [
			{
				key: 'communication',
				kind: 'rating',
				prompt: 'نُطلع بعضنا بعضًا على المستجدات أولًا بأول.',
				...agreement
			},
			{
				key: 'shared-decisions',
				kind: 'rating',
				prompt: 'نتخذ القرارات معًا، ولصوتي وزنه.',
				...agreement
			},
			{ key: 'trust', kind: 'rating', prompt: 'أثق بسائر أعضاء الشراكة.', ...agreement },
			{
				key: 'commitments',
				kind: 'rating',
				prompt: 'نفي بالالتزامات التي نتعهد بها تجاه بعضنا بعضًا.',
				...agreement
			},
			{ key: 'working-well', kind: 'text', prompt: 'ما الذي يسير على نحو جيد؟', optional: true },
			{
				key: 'improve',
				kind: 'text',
				prompt: 'لو كان علينا تحسين أمر واحد فقط، فما هو؟',
				optional: true
			}
		]
	},
	{
		key: 'after-meeting',
		title: 'بعد اجتماعنا',
		intro: 'يُرجى إخبارنا كيف كان الاجتماع بالنسبة إليك، ما دام حاضرًا في الذهن.',
		named: false,
		questions: [
			{
				key: 'useful',
				kind: 'rating',
				prompt: 'ما مدى فائدة الاجتماع؟',
				lowLabel: 'غير مفيد',
				highLabel: 'مفيد جدًا'
			},
			{ key: 'heard', kind: 'yes-no', prompt: 'هل أُتيحت لك الفرصة لقول ما أردت قوله؟' },
			{
				key: 'pace',
				kind: 'choice',
				prompt: 'كيف كانت وتيرة الاجتماع؟',
				options: ['أبطأ من اللازم', 'مناسبة', 'أسرع من اللازم']
			},
			{
				key: 'next-time',
				kind: 'text',
				prompt: 'ما الذي ينبغي أن نفعله على نحو مختلف في المرة القادمة؟',
				optional: true
			}
		]
	},
	{
		key: 'charter-review',
		title: 'المراجعة السنوية لميثاقنا',
		intro:
			'نعيد النظر في ميثاقنا مرة كل عام. يُرجى إبداء الرأي: هل ما زال يصف طريقة عملنا، وما الذي ينبغي تغييره فيه؟',
		named: true,
		questions: [
			{
				key: 'still-fits',
				kind: 'rating',
				prompt: 'لا يزال ميثاقنا يصف طريقة عملنا.',
				...agreement
			},
			{ key: 'followed', kind: 'rating', prompt: 'نطبّق ميثاقنا على أرض الواقع.', ...agreement },
			{
				key: 'sections',
				kind: 'choice',
				prompt: 'ما الأجزاء التي تحتاج إلى مراجعة؟',
				options: ['الغاية', 'العضوية', 'اتخاذ القرار', 'الأدوار', 'الالتزامات المتبادلة'],
				multiple: true,
				optional: true
			},
			{
				key: 'changes',
				kind: 'text',
				prompt: 'ما الذي ينبغي تغييره في رأيك، ولماذا؟',
				optional: true
			}
		]
	},
	{
		key: 'cso-standard',
		title: 'التقييم الذاتي للمساءلة',
		intro:
			'يُرجى تقييم مدى وفائنا بكل التزام من الالتزامات الاثني عشر في المعيار العالمي لمساءلة منظمات المجتمع المدني، مع ذكر ما يدل على ذلك بإيجاز. تحصل كل منظمة عضو على بطاقة نتائج خاصة بها، وتحصل المجموعة أيضًا على بطاقتها.',
		named: true,
		questions: [
			['justice', 'العدالة والمساواة: نتصدى للظلم والإقصاء والتمييز.'],
			['gender', 'حقوق المرأة والمساواة بين الجنسين: نعزّزها في عملنا وداخل منظماتنا.'],
			['planet', 'كوكب سليم: نحمي البيئة الطبيعية ونستخدم مواردها بحرص.'],
			[
				'lasting-change',
				'تغيير إيجابي مستدام: يُحدث عملنا تغييرًا دائمًا في حياة الأشخاص الذين نخدمهم.'
			],
			['people-driven', 'عمل يقوده الناس: للأشخاص الذين نعمل معهم دور أساسي في تحديد ما نقوم به.'],
			['partnerships', 'شراكات قوية: نعمل مع الآخرين بإنصاف وعلى قدم المساواة.'],
			[
				'advocacy',
				'المناصرة من أجل تغيير جذري: نرفع صوتنا لتغيير أسباب المشكلات التي نعمل على معالجتها.'
			],
			['open', 'منظمات منفتحة: نتحلى بالشفافية في ما نقوم به وفي طريقة إدارتنا.'],
			[
				'staff',
				'موظفون ومتطوعون متمكّنون وفاعلون: يحظى فريقنا بالدعم ويستطيع أداء عمله على أكمل وجه.'
			],
			['resources', 'حسن إدارة الموارد: ندير الأموال وسائر الموارد بمسؤولية.'],
			['responsive', 'صنع قرار متجاوب: نصغي إلى الملاحظات التي تصلنا ونعمل بها.'],
			['leadership', 'قيادة مسؤولة: يتحلى قادتنا بالنزاهة ويخضعون للمساءلة عن قراراتهم.']
		].map(([key, prompt]) => ({
			key: key!,
			kind: 'rating' as const,
			prompt: prompt!,
			lowLabel: 'ليس بعد',
			highLabel: 'بالكامل',
			evidence: true
		}))
	}
];
