// SPDX-License-Identifier: Apache-2.0
// The checker's diagnostics (the objects of `medcert check --format json`) shown at their fields, by path,
// and in the summary list at the top of the panel.
import {h, NNBSP} from './dom.js';
import {parentPath, within} from './paths.js';

const ICONS = {error: '✖', warning: '⚠', notice: 'ℹ'};

// The words around the messages, in the language of the messages (the server writes the messages themselves).
const WORDS = {
  fr: {
    error: {word: 'Erreur', count: ['erreur', 'erreurs']},
    warning: {word: 'Avertissement', count: ['avertissement', 'avertissements']},
    notice: {word: 'Information', count: ['information', 'informations']},
    colon: `${NNBSP}: `,
    ruleTitle: 'identifiant de la règle (docs/rules.md)',
    nowhere: 'Constatations',
    none: `Aucune remarque${NNBSP}: le PDF peut être généré.`,
    blocked: (list) => `${list}${NNBSP}: corrigez les erreurs pour générer le PDF.`,
    allowed: (list) => `${list}${NNBSP}: le PDF peut être généré${NNBSP}; relisez-les.`,
  },
  en: {
    error: {word: 'Error', count: ['error', 'errors']},
    warning: {word: 'Warning', count: ['warning', 'warnings']},
    notice: {word: 'Notice', count: ['notice', 'notices']},
    colon: ': ',
    ruleTitle: 'rule identifier (docs/rules.md)',
    nowhere: 'Findings',
    none: 'No remarks: the PDF can be generated.',
    blocked: (list) => `${list}: correct the errors to generate the PDF.`,
    allowed: (list) => `${list}: the PDF can be generated; read them over.`,
  },
};

/** The words of `lang` ('fr' or 'en'; French otherwise). */
function wordsOf(lang) {
  return WORDS[lang] ?? WORDS.fr;
}

function severity(d) {
  return ICONS[d.severity] ? d.severity : 'notice';
}

/** A sent path rewritten to the item shown (empty items of a list are not sent, so indices may differ). */
function shownPath(aliases, path) {
  for (const [sent, shown] of aliases) {
    if (within(path, sent)) return shown + path.slice(sent.length);
  }
  return path;
}

/**
 * The widget a diagnostic belongs to: the one at its path, else the first one inside it (an absent mapping
 * is reported at the mapping), else the nearest one around it; null when none (shown in the summary only).
 */
export function targetOf(widgets, aliases, path) {
  let p = shownPath(aliases, path ?? '');
  while (p && p !== 'findings') {
    if (widgets.has(p)) return widgets.get(p);
    for (const [candidate, w] of widgets) if (within(candidate, p)) return w;
    p = parentPath(p);
  }
  return null;
}

// English messages say so (lang="en") for screen readers; the page itself is French.
const langAttr = (lang) => (lang === 'en' ? 'en' : null);

function messageNode(d, lang) {
  const w = wordsOf(lang);
  return h('div', {class: `msg ${severity(d)}`, lang: langAttr(lang)},
    h('span', {class: 'icon', 'aria-hidden': 'true', text: ICONS[severity(d)]}),
    h('span', {}, h('span', {class: 'sev', text: w[severity(d)].word}), ' ',
      h('span', {class: 'rule', title: w.ruleTitle, text: d.rule}),
      `${w.colon}${d.form_message}`));
}

function counted(n, sev, lang) {
  const [one, many] = wordsOf(lang)[sev].count;
  return `${n} ${n > 1 ? many : one}`;
}

/**
 * Shows `diagnostics`: at their field when `visible(path)` (a field the practitioner has touched, or all after
 * a generation or an import), and always in `summary`. `onFollow(widget)` is called when a summary link is used.
 * `lang` ('fr', the default, or 'en') is the language of the messages, and of the words shown around them.
 */
export function showDiagnostics({widgets, aliases, diagnostics, visible, summary, status, onFollow, lang = 'fr'}) {
  const words = wordsOf(lang);
  for (const w of widgets.values()) {
    w.msg.replaceChildren();
    w.inputs.forEach((input) => input.removeAttribute('aria-invalid'));
  }
  const order = ['error', 'warning', 'notice'];
  // Errors first, then warnings, each in the order of the form (those without a field last).
  const placed = diagnostics.map((d) => ({d, target: targetOf(widgets, aliases, d.path)}));
  const before = (a, b) => {
    if (a === b) return 0;
    if (!a || !b) return a ? -1 : 1;
    return a.root.compareDocumentPosition(b.root) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  };
  placed.sort((a, b) => (order.indexOf(severity(a.d)) - order.indexOf(severity(b.d))) || before(a.target, b.target));
  const items = placed.map(({d, target}) => {
    if (target && visible(target.path)) {
      target.msg.append(messageNode(d, lang));
      if (severity(d) === 'error') target.inputs.forEach((input) => input.setAttribute('aria-invalid', 'true'));
    }
    // The field's label stays French, as the form is.
    const link = target?.focus
      ? h('a', {href: `#${target.focus.id}`, lang: lang === 'en' ? 'fr' : null,
        text: target.context ? `${target.label} (${target.context})` : target.label,
        on: {click: (event) => { event.preventDefault(); onFollow(target); }}})
      : h('span', {text: d.path || words.nowhere});
    // A message at its field is read there; the summary gives it in full only when no field shows it.
    return h('li', {class: severity(d), lang: langAttr(lang)},
      h('span', {class: 'sev', text: `${ICONS[severity(d)]} ${words[severity(d)].word}`}), ' ', link, ' ',
      h('span', {class: 'rule', text: d.rule}), target?.focus ? null : h('span', {class: 'where', text: d.message}));
  });
  const counts = order.map((sev) => [sev, diagnostics.filter((d) => severity(d) === sev).length]).filter(([, n]) => n);
  const errors = diagnostics.filter((d) => severity(d) === 'error').length;
  status.className = `status ${errors ? 'bad' : 'ok'}`;
  const list = counts.map(([sev, n]) => counted(n, sev, lang)).join(', ');
  const said = !diagnostics.length ? words.none : errors ? words.blocked(list) : words.allowed(list);
  // In a span of its own: the other texts of this status, written by the page, are French.
  status.replaceChildren(h('span', {lang: langAttr(lang), text: said}));
  summary.replaceChildren(items.length ? h('ul', {}, items) : '');
}
