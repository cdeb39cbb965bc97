// SPDX-License-Identifier: Apache-2.0
// One input widget per field kind of GET /api/form: text, textarea, lines, date, datetime, number, select,
// checkbox, photo. Each widget knows its diagnostic path, reads its value for the findings JSON (undefined when
// empty: an empty optional field is omitted, never sent as "") and takes a value back from imported findings.
import {h, sizeLabel} from './dom.js';
import {idFor} from './paths.js';
import {keepPhoto, keptPhoto} from './photos.js';
import {word} from './words.js';

// The usual offsets; 'winter' and 'summer' name mainland France's in the form's language.
const OFFSETS = [
  ['+01:00', 'winter'], ['+02:00', 'summer'], ['-04:00', 'Guadeloupe, Martinique'],
  ['-03:00', 'Guyane, Saint-Pierre-et-Miquelon (hiver)'], ['+04:00', 'La Réunion'], ['+03:00', 'Mayotte'],
  ['+11:00', 'Nouvelle-Calédonie'], ['-10:00', 'Polynésie française'], ['+12:00', 'Wallis-et-Futuna'],
];

/** The common frame: a label, an optional hint, the input(s), and the element that shows the checker's messages. */
function frame(field, path, {wide = false, extraClass = ''} = {}) {
  const id = idFor(path);
  const msg = h('div', {id: `${id}-msg`, class: 'messages'});
  const help = field.help ? h('p', {id: `${id}-help`, class: 'help', text: field.help}) : null;
  const describedBy = [help ? help.id : null, msg.id].filter(Boolean).join(' ');
  const root = h('div', {class: `field${wide ? ' wide' : ''}${extraClass ? ' ' + extraClass : ''}`, 'data-path': path});
  return {id, msg, help, describedBy, root};
}

function labelFor(field, id) {
  return h('label', {for: id}, field.label, field.unit ? h('span', {class: 'unit', text: `(${field.unit})`}) : null,
    field.required ? h('span', {class: 'required', text: word('required')}) : null);
}

function textOrUndefined(value) {
  const text = value.trim();
  return text === '' ? undefined : text;
}

function scalarText(value) {
  return value === undefined || value === null ? '' : String(value);
}

/** A widget object, as the form and the checker use it. */
function widget(path, field, parts, inputs, get, set) {
  return {path, field, label: field.label, root: parts.root, msg: parts.msg, inputs, focus: inputs[0], get, set};
}

function textWidget(field, path) {
  const parts = frame(field, path, {wide: field.kind === 'textarea'});
  const multiline = field.kind === 'textarea';
  const input = multiline
    ? h('textarea', {id: parts.id, rows: 3, 'aria-describedby': parts.describedBy, 'aria-required': field.required ? 'true' : null})
    : h('input', {type: 'text', id: parts.id, 'aria-describedby': parts.describedBy, 'aria-required': field.required ? 'true' : null});
  const control = field.quoted
    ? h('div', {class: 'quoted'}, h('span', {class: 'mark', 'aria-hidden': 'true', text: '«'}), input,
      h('span', {class: 'mark', 'aria-hidden': 'true', text: '»'}))
    : input;
  parts.root.append(labelFor(field, parts.id), control, parts.help ?? '', parts.msg);
  return widget(path, field, parts, [input], () => textOrUndefined(input.value),
    (value) => { input.value = scalarText(value); return typeof value !== 'object' || value === null; });
}

/** Address-like values: one line per line, sent as a list of texts. */
function linesWidget(field, path) {
  const parts = frame(field, path);
  const input = h('textarea', {id: parts.id, rows: 2, 'aria-describedby': parts.describedBy,
    'aria-required': field.required ? 'true' : null});
  parts.root.append(labelFor(field, parts.id), input, parts.help ?? '', parts.msg);
  const get = () => {
    const lines = input.value.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    return lines.length ? lines : undefined;
  };
  const set = (value) => {
    input.value = Array.isArray(value) ? value.join('\n') : scalarText(value);
    return true;
  };
  return widget(path, field, parts, [input], get, set);
}

function dateWidget(field, path) {
  const parts = frame(field, path);
  const input = h('input', {type: 'date', id: parts.id, 'aria-describedby': parts.describedBy,
    'aria-required': field.required ? 'true' : null});
  parts.root.append(labelFor(field, parts.id), input, parts.help ?? '', parts.msg);
  const set = (value) => {
    input.value = /^\d{4}-\d{2}-\d{2}$/.test(scalarText(value)) ? value : '';
    return value === undefined || input.value !== '';
  };
  return widget(path, field, parts, [input], () => textOrUndefined(input.value), set);
}

/** '+01:00' for the browser's own time zone at that local date and time. */
function browserOffset(date, time) {
  const local = new Date(`${date}T${time || '12:00'}`);
  if (Number.isNaN(local.getTime())) return '';
  const minutes = -local.getTimezoneOffset();
  const abs = Math.abs(minutes);
  const pad = (n) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Date, time and UTC offset: the findings need all three for an instant (« 2026-11-20T14:30:00+01:00 »);
    the date alone is sent when the time is left empty (a date of facts may be a day only). */
function datetimeWidget(field, path) {
  const id = idFor(path);
  const msg = h('div', {id: `${id}-msg`, class: 'messages'});
  const help = h('p', {id: `${id}-help`, class: 'help', text: field.help || word('datetimeHelp')});
  const describedBy = `${help.id} ${msg.id}`;
  const required = field.required ? 'true' : null;
  const date = h('input', {type: 'date', id, 'aria-describedby': describedBy, 'aria-required': required});
  const time = h('input', {type: 'time', id: `${id}-time`, 'aria-describedby': describedBy, 'aria-required': required});
  const listId = `${id}-offsets`;
  const offset = h('input', {type: 'text', id: `${id}-tz`, class: 'offset', list: listId,
    'aria-describedby': describedBy, 'data-auto': '1'});
  const offsets = h('datalist', {id: listId}, OFFSETS.map(([value, label]) => h('option', {value, label: word(label) ?? label})));
  const autoOffset = () => {
    if (offset.dataset.auto === '1' && date.value) offset.value = browserOffset(date.value, time.value);
  };
  date.addEventListener('input', autoOffset);
  time.addEventListener('input', autoOffset);
  offset.addEventListener('input', () => { offset.dataset.auto = offset.value.trim() === '' ? '1' : '0'; });
  const root = h('fieldset', {class: 'field datetime wide', 'data-path': path},
    h('legend', {}, field.label, field.required ? h('span', {class: 'required', text: word('required')}) : null),
    h('div', {class: 'dt-parts'},
      h('div', {}, h('label', {for: id, text: word('date')}), date),
      h('div', {}, h('label', {for: time.id, text: word('time')}), time),
      h('div', {}, h('label', {for: offset.id, text: word('offset')}), offset, offsets)),
    help, msg);
  const get = () => {
    if (!date.value) return undefined;
    if (!time.value) return date.value;
    const seconds = time.value.length === 5 ? ':00' : '';
    return `${date.value}T${time.value}${seconds}${offset.value.trim()}`;
  };
  const set = (value) => {
    const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/.exec(scalarText(value));
    date.value = m ? m[1] : '';
    time.step = m && m[3] && m[3] !== '00' ? '1' : '60';
    time.value = m && m[2] ? (time.step === '1' ? `${m[2]}:${m[3]}` : m[2]) : '';
    offset.value = m && m[4] ? (m[4] === 'Z' ? '+00:00' : m[4]) : '';
    offset.dataset.auto = offset.value ? '0' : '1';
    return value === undefined || m !== null;
  };
  return {path, field, label: field.label, root, msg, inputs: [date, time, offset], focus: date, get, set};
}

/** Decimal numbers are written with a point in the findings; a French comma is accepted and turned into one. */
function numberWidget(field, path) {
  const parts = frame(field, path);
  const input = h('input', {type: 'text', inputmode: 'decimal', id: parts.id, 'aria-describedby': parts.describedBy,
    'aria-required': field.required ? 'true' : null});
  parts.root.append(labelFor(field, parts.id), h('div', {class: 'number-input'}, input), parts.help ?? '', parts.msg);
  const get = () => {
    const text = textOrUndefined(input.value.replace(/^(\d+),(\d+)$/, '$1.$2'));
    return text !== undefined && /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  };
  return widget(path, field, parts, [input], get, (value) => { input.value = scalarText(value); return true; });
}

function optionsOf(field, vocabularies) {
  const list = field.options ?? vocabularies[field.vocabulary] ?? [];
  return list.map((entry) => (typeof entry === 'string' ? {id: entry, label: entry} : entry));
}

function selectWidget(field, path, vocabularies) {
  const parts = frame(field, path);
  const options = optionsOf(field, vocabularies);
  const input = h('select', {id: parts.id, 'aria-describedby': parts.describedBy, 'aria-required': field.required ? 'true' : null},
    h('option', {value: '', text: word('choose')}),
    options.map((o) => h('option', {value: o.id, text: o.label})));
  parts.root.append(labelFor(field, parts.id), input, parts.help ?? '', parts.msg);
  // An imported code outside the vocabulary is kept and shown, so that the checker can say what to write.
  const set = (value) => {
    const code = scalarText(value);
    if (code !== '' && ![...input.options].some((o) => o.value === code)) {
      input.append(h('option', {value: code, text: `${code} (${word('unknownCode')})`}));
    }
    input.value = code;
    return true;
  };
  return widget(path, field, parts, [input], () => textOrUndefined(input.value), set);
}

function checkboxWidget(field, path) {
  const parts = frame(field, path, {wide: true, extraClass: 'checkbox'});
  const input = h('input', {type: 'checkbox', id: parts.id, 'aria-describedby': parts.describedBy});
  parts.root.append(input, h('label', {for: parts.id, text: field.label}), parts.help ?? '', parts.msg);
  const set = (value) => { input.checked = value === true || value === 'true'; return true; };
  return widget(path, field, parts, [input], () => (input.checked ? true : undefined), set);
}

/**
 * A photograph's file: chosen here, kept in the page (photos.js), named in the findings by its file name. A name
 * imported without its file asks for the file again.
 */
function photoWidget(field, path) {
  const parts = frame(field, path, {wide: true, extraClass: 'photo'});
  const input = h('input', {type: 'file', id: parts.id, accept: 'image/jpeg,image/png',
    'aria-describedby': `${parts.id}-chosen ${parts.describedBy}`, 'aria-required': field.required ? 'true' : null});
  const chosen = h('p', {id: `${parts.id}-chosen`, class: 'chosen', 'aria-live': 'polite'});
  const preview = h('img', {class: 'thumbnail', alt: '', hidden: true});
  let name;
  const show = () => {
    const file = name === undefined ? undefined : keptPhoto(name);
    if (preview.src) URL.revokeObjectURL(preview.src);
    preview.hidden = !file;
    preview.removeAttribute('src');
    if (file) preview.src = URL.createObjectURL(file);
    chosen.textContent = name === undefined ? word('noPhoto')
      : file ? `${name} (${sizeLabel(file.size)})` : word('photoAgain')(name);
  };
  input.addEventListener('change', () => {
    const [file] = input.files;
    if (file) name = keepPhoto(file);
    input.value = '';
    show();
  });
  parts.root.append(labelFor(field, parts.id), input, chosen, preview, parts.help ?? '', parts.msg);
  show();
  const set = (value) => {
    name = typeof value === 'string' && value !== '' ? value : undefined;
    show();
    return value === undefined || name !== undefined;
  };
  return widget(path, field, parts, [input], () => name, set);
}

const BUILDERS = {
  text: textWidget, textarea: textWidget, lines: linesWidget, date: dateWidget, datetime: datetimeWidget,
  number: numberWidget, select: selectWidget, checkbox: checkboxWidget, photo: photoWidget,
};

/** The widget of a simple field; an unknown kind is shown as a text input rather than dropped. */
export function makeWidget(field, path, vocabularies) {
  const build = BUILDERS[field.kind] ?? textWidget;
  return build(field, path, vocabularies);
}

