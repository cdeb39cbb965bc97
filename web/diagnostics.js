// The checker's diagnostics (the objects of `medcert check --format json`) shown at their fields, by path,
// and in the summary list at the top of the panel.
import {h, NNBSP} from './dom.js';
import {parentPath, within} from './paths.js';

const SEVERITIES = {
  error: {word: 'Erreur', icon: '✖', count: ['erreur', 'erreurs']},
  warning: {word: 'Avertissement', icon: '⚠', count: ['avertissement', 'avertissements']},
  notice: {word: 'Information', icon: 'ℹ', count: ['information', 'informations']},
};

function severity(d) {
  return SEVERITIES[d.severity] ? d.severity : 'notice';
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

function messageNode(d) {
  const s = SEVERITIES[severity(d)];
  return h('div', {class: `msg ${severity(d)}`},
    h('span', {class: 'icon', 'aria-hidden': 'true', text: s.icon}),
    h('span', {}, h('span', {class: 'sev', text: s.word}), ' ',
      h('span', {class: 'rule', title: 'identifiant de la règle (docs/rules.md)', text: d.rule}),
      `${NNBSP}: ${d.message}`));
}

function counted(n, sev) {
  const [one, many] = SEVERITIES[sev].count;
  return `${n} ${n > 1 ? many : one}`;
}

/**
 * Shows `diagnostics`: at their field when `visible(path)` (a field the practitioner has touched, or all after
 * a generation or an import), and always in `summary`. `onFollow(widget)` is called when a summary link is used.
 */
export function showDiagnostics({widgets, aliases, diagnostics, visible, summary, status, onFollow}) {
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
      target.msg.append(messageNode(d));
      if (severity(d) === 'error') target.inputs.forEach((input) => input.setAttribute('aria-invalid', 'true'));
    }
    const s = SEVERITIES[severity(d)];
    const link = target?.focus
      ? h('a', {href: `#${target.focus.id}`, text: target.context ? `${target.label} (${target.context})` : target.label,
        on: {click: (event) => { event.preventDefault(); onFollow(target); }}})
      : h('span', {text: d.path || 'Constatations'});
    // A message at its field is read there; the summary gives it in full only when no field shows it.
    return h('li', {class: severity(d)}, h('span', {class: 'sev', text: `${s.icon} ${s.word}`}), ' ', link, ' ',
      h('span', {class: 'rule', text: d.rule}), target?.focus ? null : h('span', {class: 'where', text: d.message}));
  });
  const counts = order.map((sev) => [sev, diagnostics.filter((d) => severity(d) === sev).length]).filter(([, n]) => n);
  const errors = diagnostics.filter((d) => severity(d) === 'error').length;
  status.className = `status ${errors ? 'bad' : 'ok'}`;
  if (!diagnostics.length) status.textContent = `Aucune remarque${NNBSP}: le PDF peut être généré.`;
  else {
    const list = counts.map(([sev, n]) => counted(n, sev)).join(', ');
    status.textContent = errors
      ? `${list}${NNBSP}: corrigez les erreurs pour générer le PDF.`
      : `${list}${NNBSP}: le PDF peut être généré${NNBSP}; relisez-les.`;
  }
  summary.replaceChildren(items.length ? h('ul', {}, items) : '');
}
