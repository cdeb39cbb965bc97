// SPDX-License-Identifier: Apache-2.0
// The form generated from GET /api/form: its sections, a registry of every widget by diagnostic path, the
// findings JSON built from it, and imported findings put back into it.
import {h} from './dom.js';
import {getAt, setAt, segments, within, isMapping} from './paths.js';
import {makeWidget} from './widgets.js';
import {makeList, makeRows} from './containers.js';
import {diagramPlacer} from './diagram.js';
import {useLanguage} from './words.js';

/**
 * Builds the form of `schema` into `formElement`. `hooks.changed(path, removedIndex)` is called after an item
 * is added or removed; `hooks.rememberBox(section)` returns the « Mémoriser mon identité » control, if any.
 */
export function buildForm(schema, formElement, hooks) {
  useLanguage(schema.language);
  const widgets = new Map();
  const top = [];
  const host = {
    register(w) { widgets.set(w.path, w); },
    unregisterWithin(prefix) { for (const path of [...widgets.keys()]) if (path.startsWith(prefix)) widgets.delete(path); },
    changed: (path, removedIndex) => hooks.changed(path, removedIndex),
  };
  const vocabularies = schema.vocabularies ?? {};
  let context = '';
  const addTop = (w) => {
    w.context = context;
    top.push(w);
    host.register(w);
    return w.root;
  };

  const nodes = schema.sections.map((section) => {
    const legendId = `s-${section.id}`;
    context = section.label;
    const body = [];
    if (section.kind === 'list') {
      body.push(addTop(makeList(section, section.path, host)));
    } else if (section.kind === 'rows') {
      // A lesion is placed on the body diagram's views the profession offers, by a click.
      const views = section.id === 'lesions' ? schema.diagram_views ?? [] : [];
      const decorate = views.length ? (row) => diagramPlacer(views, vocabularies, row) : undefined;
      body.push(addTop(makeRows(section, section.path, vocabularies, host, decorate)));
    } else {
      if (section.help) body.push(h('p', {class: 'section-help', text: section.help}));
      if (section.remember) body.push(hooks.rememberBox(section));
      body.push(h('div', {class: 'fields'}, (section.fields ?? []).map((field) => (field.kind === 'list'
        ? h('fieldset', {class: 'field wide list-field'}, h('legend', {text: field.label}),
          addTop(makeList({...field, id: field.path.split('.').pop()}, field.path, host)))
        : addTop(makeWidget(field, field.path, vocabularies))))));
    }
    return h('fieldset', {class: 'section', id: `section-${section.id}`, 'data-section': section.id},
      h('legend', {id: legendId}, section.label), ...body);
  });
  formElement.replaceChildren(h('h2', {id: 'form-titre', class: 'form-title', text: schema.title}), ...nodes);
  return new Form(schema, widgets, top);
}

class Form {
  constructor(schema, widgets, top) {
    this.schema = schema;
    this.widgets = widgets;
    this.top = top;
    this.carried = {};     // imported values the form has no field for, sent back untouched
    this.aliases = new Map();
  }

  /** The findings JSON of the form: empty values left out; `aliases` maps sent list indices to the items shown. */
  findings() {
    const out = {medcert: 1, template: this.schema.template, author: {profession: this.schema.profession}};
    this.aliases = new Map();
    const alias = (sent, shown) => this.aliases.set(sent, shown);
    for (const w of this.top) {
      const value = w.get(alias);
      if (value !== undefined) setAt(out, segments(w.path), value);
    }
    mergeMissing(out, this.carried);
    return out;
  }

  /** The values of one section's simple fields, e.g. the author's identity to remember. */
  sectionValues(prefix) {
    const out = {};
    for (const w of this.top) {
      if (!within(w.path, prefix)) continue;
      const value = w.get(() => {});
      if (value !== undefined) setAt(out, segments(w.path).slice(segments(prefix).length), value);
    }
    return out;
  }

  /** Puts findings into the form. Returns the paths of imported values that no field shows and that are dropped. */
  fill(findings) {
    const notShown = [];
    const consumed = [['medcert'], ['template'], ['author', 'profession']];
    for (const w of this.top) {
      const segs = segments(w.path);
      const value = getAt(findings, segs);
      // A value the widget cannot hold (« 12/04/1990 » in a date field) is carried as it is, so that the
      // checker reports it at the field; what the practitioner then types replaces it.
      if (w.set(value)) consumed.push(segs);
      if (w.unshown) notShown.push(...w.unshown(value));
    }
    this.carried = withoutPaths(findings, consumed);
    return notShown;
  }

  /** Forgets a carried value once the practitioner has written that field. */
  forget(path) {
    this.carried = withoutPaths(this.carried, [segments(path)]);
  }

  /** Fills only the widgets under `prefix` (a remembered identity), leaving the rest as it is. */
  fillWithin(prefix, values) {
    for (const w of this.top) {
      if (within(w.path, prefix)) w.set(getAt(values, segments(w.path).slice(segments(prefix).length)));
    }
  }

  /** Top-level keys of imported findings that are kept without a field (shown to the user). */
  carriedKeys() {
    return listLeaves(this.carried, 'findings');
  }
}

/** Copies into `target` what `source` has and `target` lacks (mappings merged key by key). */
function mergeMissing(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (!(key in target)) target[key] = structuredClone(value);
    else if (isMapping(target[key]) && isMapping(value)) mergeMissing(target[key], value);
  }
}

/** A deep copy of `object` without the given paths, and without the mappings left empty. */
function withoutPaths(object, paths) {
  const copy = isMapping(object) ? structuredClone(object) : {};
  for (const segs of paths) {
    const parent = getAt(copy, segs.slice(0, -1));
    if (isMapping(parent)) delete parent[segs[segs.length - 1]];
  }
  return prune(copy) ?? {};
}

function prune(value) {
  if (!isMapping(value)) return value;
  for (const key of Object.keys(value)) {
    const kept = prune(value[key]);
    if (kept === undefined) delete value[key];
  }
  return Object.keys(value).length ? value : undefined;
}

function listLeaves(value, path) {
  if (!isMapping(value)) return [path];
  return Object.entries(value).flatMap(([key, v]) => listLeaves(v, `${path}.${key}`));
}

