// SPDX-License-Identifier: Apache-2.0
// Repeated values: lists of texts (declarations, complaints, negative findings) and rows of fields (lesions),
// with « Ajouter » / « Retirer » buttons. Items are re-drawn from their values after each change, so that ids
// and diagnostic paths always follow the items' order (findings.lesions[1] is the second row shown).
import {h, hidden} from './dom.js';
import {idFor, getAt, setAt, segments} from './paths.js';
import {makeWidget} from './widgets.js';
import {word} from './words.js';

// The name of one item, when GET /api/form gives none.
const ITEM_NAMES = {
  lesions: 'Lésion', declarations: 'Déclaration', complaints: 'Doléance', negative_findings: 'Constatation',
  complementary_exams: 'Examen',
};

function itemName(spec) {
  return spec.item_label ?? ITEM_NAMES[spec.id] ?? ITEM_NAMES[spec.path?.split('.').pop()] ?? word('item');
}

function addLabel(spec) {
  return word('add')(itemName(spec));
}

/** The frame shared by lists and rows: its messages, its items, its « Ajouter » button. */
function containerFrame(spec, path) {
  const id = idFor(path);
  const msg = h('div', {id: `${id}-msg`, class: 'messages'});
  const add = h('button', {type: 'button', class: 'add', id: `${id}-add`, text: `+ ${addLabel(spec)}`});
  return {id, msg, add};
}

/**
 * The values of the items, empty ones left out (they are not sent); `alias` maps each sent index to the
 * item shown when they differ, so that diagnostics land on the right item.
 */
function collect(entries, path, valueOf, alias) {
  const out = [];
  entries.forEach((entry, i) => {
    const value = valueOf(entry);
    if (value === undefined) return;
    if (out.length !== i) alias(`${path}[${out.length}]`, entry.path);
    out.push(value);
  });
  return out.length ? out : undefined;
}

/**
 * « Ajouter » appends a blank item and the returned function removes item i; both re-draw from the values
 * (focus on the new item, or on the one after the removed) and tell the host that the list changed.
 */
function editing(add, {values, draw, host, path, blank}) {
  add.addEventListener('click', () => {
    const next = [...values(), blank];
    draw(next, next.length - 1);
    host.changed(path);
  });
  return (i) => {
    const next = values();
    next.splice(i, 1);
    draw(next, Math.min(i, next.length - 1));
    host.changed(path, i);
  };
}

function removeButton(name, onClick) {
  return h('button', {type: 'button', class: 'remove', on: {click: onClick}}, word('remove'), hidden(` — ${name}`));
}

/**
 * A list of texts. `host` is what the form gives: register(widget), unregisterWithin(path), changed(path, removedIndex).
 */
export function makeList(spec, path, host) {
  const name = itemName(spec);
  const {id, msg, add} = containerFrame(spec, path);
  const items = h('ol', {class: 'items', id: `${id}-items`});
  let entries = [];

  const draw = (values, focusIndex) => {
    host.unregisterWithin(`${path}[`);
    items.replaceChildren();
    entries = values.map((value, i) => {
      const itemPath = `${path}[${i}]`;
      const itemId = idFor(itemPath);
      const itemMsg = h('div', {id: `${itemId}-msg`, class: 'messages'});
      const input = h('textarea', {id: itemId, rows: spec.quoted ? 2 : 1, 'aria-describedby': `${spec.help ? id + '-help ' : ''}${itemMsg.id}`});
      input.value = value;
      const control = spec.quoted
        ? h('div', {class: 'quoted'}, h('span', {class: 'mark', 'aria-hidden': 'true', text: '«'}), input,
          h('span', {class: 'mark', 'aria-hidden': 'true', text: '»'}))
        : input;
      const label = `${name} n°\u00A0${i + 1}`;
      const root = h('li', {class: 'item', 'data-path': itemPath},
        h('div', {class: 'item-line'}, h('label', {for: itemId}, hidden(`${name} `), `n°\u00A0${i + 1}`), control,
          removeButton(label, () => remove(i))),
        itemMsg);
      items.append(root);
      const entry = {path: itemPath, label, root, msg: itemMsg, inputs: [input], focus: input, child: true,
        get: () => (input.value.trim() === '' ? undefined : input.value.trim()), set: () => true};
      host.register(entry);
      return entry;
    });
    if (focusIndex !== undefined) (entries[focusIndex]?.focus ?? add).focus();
  };
  const remove = editing(add, {values: () => entries.map((e) => e.inputs[0].value), draw, host, path, blank: ''});

  const root = h('div', {class: 'list', 'data-path': path},
    spec.help ? h('p', {id: `${id}-help`, class: 'section-help', text: spec.help}) : null, msg, items, add);
  const container = {
    path, label: spec.label, root, msg, inputs: [], focus: add, container: true,
    get(alias) {
      return collect(entries, path, (entry) => entry.get(), alias);
    },
    set(value) {
      const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
      draw(list.map((v) => (v === null || typeof v === 'object' ? JSON.stringify(v) : String(v))));
      return true;
    },
  };
  draw([]);
  return container;
}

/**
 * Rows of fields (lesions): each row a fieldset « Lésion n° 2 » with the section's fields, keyed relatively.
 * `decorate({path, number, widgets})`, when given, returns what the row shows below its fields (the body
 * diagram's placer); `widgets` maps each field's key to its widget.
 */
export function makeRows(spec, path, vocabularies, host, decorate) {
  const name = itemName(spec);
  const {id, msg, add} = containerFrame(spec, path);
  const rows = h('div', {class: 'rows', id: `${id}-rows`});
  let entries = [];

  const rowValue = (entry) => {
    const object = {};
    for (const w of entry.widgets) {
      const value = w.get();
      if (value !== undefined) setAt(object, segments(w.key), value);
    }
    return Object.keys(object).length ? object : undefined;
  };
  const draw = (values, focusIndex) => {
    host.unregisterWithin(`${path}[`);
    rows.replaceChildren();
    entries = values.map((value, i) => {
      const rowPath = `${path}[${i}]`;
      const rowId = idFor(rowPath);
      const label = `${name} n°\u00A0${i + 1}`;
      const rowMsg = h('div', {id: `${rowId}-msg`, class: 'messages'});
      const widgets = spec.fields.map((field) => {
        const w = makeWidget(field, `${rowPath}.${field.key}`, vocabularies);
        w.key = field.key;
        w.child = true;
        w.label = `${label} — ${field.label}`;
        if (value) w.set(getAt(value, segments(field.key)));
        return w;
      });
      const extra = decorate?.({path: rowPath, number: i + 1, widgets: new Map(widgets.map((w) => [w.key, w]))});
      const root = h('fieldset', {class: 'row', id: rowId, 'data-path': rowPath},
        h('legend', {id: `${rowId}-legend`, text: label}),
        h('div', {class: 'row-head'}, removeButton(label, () => remove(i))),
        rowMsg, h('div', {class: 'fields'}, widgets.map((w) => w.root)), extra);
      rows.append(root);
      const entry = {path: rowPath, label, root, msg: rowMsg, inputs: [], focus: widgets[0]?.focus, child: true, widgets,
        get: () => undefined, set: () => true};
      host.register(entry);
      widgets.forEach((w) => host.register(w));
      return entry;
    });
    if (focusIndex !== undefined) (entries[focusIndex]?.focus ?? add).focus();
  };
  const remove = editing(add, {values: () => entries.map(rowValue), draw, host, path, blank: undefined});

  const root = h('div', {class: 'rows-section', 'data-path': path},
    spec.help ? h('p', {class: 'section-help', text: spec.help}) : null, msg, rows, add);
  const container = {
    path, label: spec.label, root, msg, inputs: [], focus: add, container: true,
    get(alias) {
      return collect(entries, path, rowValue, alias);
    },
    set(value) {
      const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
      draw(list.map((v) => (v !== null && typeof v === 'object' ? v : undefined)));
      return true;
    },
    /** Keys of imported rows that no field of the form shows (they are not kept). */
    unshown(value) {
      const known = new Set(spec.fields.map((f) => segments(f.key)[0]));
      const out = [];
      (Array.isArray(value) ? value : []).forEach((row, i) => {
        if (row !== null && typeof row === 'object') {
          Object.keys(row).filter((k) => !known.has(k)).forEach((k) => out.push(`${path}[${i}].${k}`));
        }
      });
      return out;
    },
  };
  draw([]);
  return container;
}
