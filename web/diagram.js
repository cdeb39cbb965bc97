// SPDX-License-Identifier: Apache-2.0
// A lesion's place on the body diagram, set by a click: the views come from GET /api/form (diagram_views:
// the lines the annex prints, and the anchors that stand for a region, a side and a face). The click sets the
// lesion's marker (view, x and y from 0 to 1) and the region, side and face of the nearest anchor; the
// checker and the PDF then follow the row's fields, as if they had been typed.
import {h} from './dom.js';
import {idFor} from './paths.js';
import {word} from './words.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  node.append(...children);
  return node;
}

function nearestAnchor(view, x, y) {
  let best = null;
  let bestDistance = Infinity;
  for (const anchor of view.anchors) {
    const distance = Math.hypot(anchor.x - x, anchor.y - y);
    if (distance < bestDistance) [best, bestDistance] = [anchor, distance];
  }
  return best;
}

const round = (value) => Math.round(value * 1000) / 1000;

/**
 * The views this person's diagram shows, as the engine chooses them (compose/diagram_markers.cpp): of the two
 * perineal views, the one of the civility typed in the form (the female one unless « monsieur »).
 */
function viewsForPerson(views) {
  const civility = document.getElementById(idFor('findings.patient.civility'))?.value;
  const hasFemale = views.some((view) => view.id === 'perinee_f');
  return views.filter((view) => (view.id === 'perinee_m' ? civility === 'monsieur' || !hasFemale
    : view.id === 'perinee_f' ? civility !== 'monsieur' : true));
}

/** The label of `code` in vocabulary `name`, else the code. */
function labelOf(vocabularies, name, code) {
  return (vocabularies[name] ?? []).find((entry) => entry.id === code)?.label ?? code;
}

/**
 * The « Placer sur le schéma » control of one lesion row: `row.number` is the lesion's number (its marker's),
 * `row.widgets` its widgets by key ('region', 'marker.view'…), `row.path` its diagnostic path.
 */
export function diagramPlacer(views, vocabularies, row) {
  const id = `${idFor(row.path)}-schema`;
  const field = (key) => row.widgets.get(key);
  const valueOf = (key) => field(key)?.get();
  // Sets a field as typing would: the page hears an input event, so the checker runs and the value is kept.
  const put = (key, value) => {
    const w = field(key);
    if (!w) return;
    w.set(value);
    w.inputs[0]?.dispatchEvent(new Event('change', {bubbles: true}));
  };

  const status = h('p', {class: 'placed', id: `${id}-status`, 'aria-live': 'polite'});
  const chooser = h('select', {id: `${id}-view`});
  // The views offered follow the person's civility, read each time the placer opens.
  const offer = () => {
    const kept = chooser.value || valueOf('marker.view');
    const shown = viewsForPerson(views);
    chooser.replaceChildren(...shown.map((view) => h('option', {value: view.id, text: view.label})));
    if (shown.some((view) => view.id === kept)) chooser.value = kept;
  };
  const drawing = h('div', {class: 'diagram'});
  const unplace = h('button', {type: 'button', class: 'unplace', text: word('unplace')});
  const panel = h('div', {class: 'placer', id, hidden: true},
    h('p', {class: 'help', id: `${id}-help`, text: word('placeHelp')}),
    h('p', {class: 'view-choice'}, h('label', {for: chooser.id, text: word('view')}), chooser),
    drawing, status, unplace);
  const toggle = h('button', {type: 'button', class: 'place', 'aria-expanded': 'false', 'aria-controls': id,
    text: word('place')});

  const draw = () => {
    const view = views.find((candidate) => candidate.id === chooser.value) ?? viewsForPerson(views)[0];
    const picture = svg('svg', {viewBox: `0 0 ${view.width} ${view.height}`, role: 'img',
      'aria-label': view.label, 'data-view': view.id});
    view.outline.forEach((d) => picture.append(svg('path', {d, class: 'outline'})));
    view.details.forEach((d) => picture.append(svg('path', {d, class: 'detail'})));
    view.labels.forEach((label) => picture.append(
      svg('text', {x: label.x, y: label.y, 'font-size': label.size, 'text-anchor': 'middle'}, label.text)));
    if (valueOf('marker.view') === view.id) {
      const [x, y] = [Number(valueOf('marker.x')) * view.width, Number(valueOf('marker.y')) * view.height];
      const r = Math.max(view.width, view.height) / 60;
      picture.append(svg('g', {class: 'marker', 'data-number': row.number},
        svg('circle', {cx: x, cy: y, r}),
        svg('text', {x, y, dy: r * 0.35, 'font-size': r * 1.1, 'text-anchor': 'middle'}, String(row.number))));
    }
    picture.addEventListener('click', (event) => {
      const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(picture.getScreenCTM().inverse());
      place(view, point.x, point.y);
    });
    drawing.replaceChildren(picture);
  };

  const place = (view, x, y) => {
    const anchor = nearestAnchor(view, x, y);
    if (anchor) {
      put('region', anchor.region);
      put('side', anchor.side || undefined);
      put('face', anchor.faces[0]);
      if (anchor.tooth) put('tooth', anchor.tooth);
    }
    put('marker.view', view.id);
    put('marker.x', round(Math.min(Math.max(x / view.width, 0), 1)));
    put('marker.y', round(Math.min(Math.max(y / view.height, 0), 1)));
    const where = [labelOf(vocabularies, 'regions', valueOf('region')),
      valueOf('side') && labelOf(vocabularies, 'sides', valueOf('side')),
      valueOf('face') && labelOf(vocabularies, 'faces', valueOf('face'))].filter(Boolean).join(', ');
    status.textContent = word('placed')(row.number, `${where} — ${view.label}`);
    draw();
  };

  toggle.addEventListener('click', () => {
    const open = panel.hidden;
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      offer();
      draw();
    }
  });
  chooser.addEventListener('change', draw);
  unplace.addEventListener('click', () => {
    ['marker.view', 'marker.x', 'marker.y'].forEach((key) => put(key, undefined));
    status.textContent = '';
    draw();
  });
  return h('div', {class: 'diagram-placer'}, toggle, panel);
}
