// SPDX-License-Identifier: Apache-2.0
// medcert serve, the form: choose a profession, fill the form generated from its template, read the checker's
// messages as you type, generate the PDF, export or import the findings. The findings stay in this page: the
// server checks and renders them without keeping anything; only the professional's own identity may be kept,
// in this browser's local storage, when the practitioner asks for it.
import {h, download, sizeLabel, guillemets, NNBSP} from './dom.js';
import {apiUrl, getJSON, postFindings, postText, fileName, ServerUnreachable} from './api.js';
import {buildForm} from './form.js';
import {showDiagnostics} from './diagnostics.js';
import {within} from './paths.js';
import {renderBody} from './photos.js';

const CHECK_DELAY_MS = 400;
const REMEMBER_KEY = 'medcert.identite';
const AUTHOR = 'findings.author';
const UNREACHABLE = `Le serveur medcert ne répond pas${NNBSP}: relancez «${NNBSP}medcert serve${NNBSP}» et rechargez la page.`;

const $ = (id) => document.getElementById(id);
const ui = {
  profession: $('profession'), document: $('document'), form: $('findings'), summary: $('summary'), status: $('check-status'),
  render: $('render'), specimen: $('specimen'), result: $('result'), io: $('io-status'), carried: $('carried'),
  importFile: $('import-file'), lang: $('message-lang'),
};

// lang: the language of the checker's messages and of the form's labels, help and choices, 'fr' or 'en', for this
// page only (the page around the form and the certificate stay French).
const state = {
  professions: [], form: null, diagnostics: [], touched: new Set(), showAllMessages: false, checkSeq: 0, timer: 0, busy: false,
  lang: 'fr',
};

/** The `lang` query parameter of the check and render calls: absent for French, the server's default. */
const langParam = () => (state.lang === 'en' ? 'en' : null);

// The profession chooser stands for the findings' author.profession and template in the diagnostics.
const chooser = {path: 'findings.author.profession', label: 'Votre profession', root: ui.profession.parentElement,
  msg: $('profession-msg'), inputs: [ui.profession], focus: ui.profession};

function allWidgets() {
  const widgets = new Map(state.form ? state.form.widgets : []);
  widgets.set(chooser.path, chooser);
  widgets.set('findings.template', {...chooser, path: 'findings.template'});
  return widgets;
}

function visible(path) {
  if (state.showAllMessages) return true;
  for (const touched of state.touched) if (within(touched, path) || within(path, touched)) return true;
  return false;
}

function showMessages() {
  if (!state.form) return;
  showDiagnostics({
    widgets: allWidgets(), aliases: state.form.aliases, diagnostics: state.diagnostics, visible,
    summary: ui.summary, status: ui.status, lang: state.lang,
    onFollow(widget) {
      state.touched.add(widget.path);
      showMessages();
      widget.focus.scrollIntoView({block: 'center'});
      widget.focus.focus();
    },
  });
}

async function checkNow() {
  clearTimeout(state.timer);
  if (!state.form) return;
  const seq = ++state.checkSeq;
  try {
    const response = await postFindings(apiUrl('/api/check', {lang: langParam()}), state.form.findings());
    const data = await response.json();
    if (seq !== state.checkSeq) return;  // a newer check is under way
    state.diagnostics = data.diagnostics ?? [];
    showMessages();
  } catch (error) {
    if (seq !== state.checkSeq) return;
    ui.status.className = 'status bad';
    ui.status.textContent = error instanceof ServerUnreachable ? UNREACHABLE : `Vérification impossible${NNBSP}: ${error.message}`;
  }
}

function scheduleCheck() {
  clearTimeout(state.timer);
  state.timer = setTimeout(checkNow, CHECK_DELAY_MS);
}

// ---- The professional's identity, remembered in this browser only when asked ----

function remembered() {
  try {
    return JSON.parse(localStorage.getItem(REMEMBER_KEY) ?? 'null');
  } catch {
    return null;
  }
}

function storeIdentity(identity) {
  try {
    if (identity) localStorage.setItem(REMEMBER_KEY, JSON.stringify(identity));
    else localStorage.removeItem(REMEMBER_KEY);
  } catch {
    ui.io.textContent = 'Ce navigateur refuse de mémoriser votre identité (stockage local désactivé).';
  }
}

function remember(on) {
  storeIdentity(on ? {profession: state.form.schema.profession, author: state.form.sectionValues(AUTHOR)} : null);
}

function rememberBox() {
  const box = h('input', {type: 'checkbox', id: 'remember', 'aria-describedby': 'remember-help',
    on: {change: (event) => remember(event.target.checked)}});
  box.checked = remembered() !== null;
  return h('div', {},
    h('div', {class: 'remember'}, box, h('label', {for: 'remember', text: 'Mémoriser mon identité sur ce navigateur'})),
    h('p', {id: 'remember-help', class: 'remember-help',
      text: `Votre nom, vos identifiants et votre adresse professionnelle sont gardés dans ce navigateur seulement, jamais sur le serveur${NNBSP}; décochez pour les effacer.`}));
}

// ---- Profession and form ----

// The documents of the « Document » chooser: each option's value and the key of its template in the profession's
// entry of /api/professions (null: the entry's own template, the adult's certificate).
const DOCUMENTS = {
  'certificat': null,
  'signalement': 'signalement',
  'certificat-mineur': 'minor_certificate',
  'signalement-mineur': 'minor_signalement',
  'information-preoccupante': 'information_preoccupante',
};
const MINOR = ' — personne mineure';

/** The template id of `document` in profession entry `p`, or undefined when the profession lacks that document. */
function templateIn(p, document) {
  const key = DOCUMENTS[document];
  return key ? p?.[key]?.template : p?.template;
}

/** The document of profession entry `p` whose template is `template`, or undefined. */
function documentNamed(p, template) {
  return template === undefined ? undefined : Object.keys(DOCUMENTS).find((document) => templateIn(p, document) === template);
}

function professionOf(findings) {
  const given = findings?.author?.profession;
  const byId = state.professions.find((p) => p.id === given || p.id_en === given);
  if (byId) return byId.id;
  return state.professions.find((p) => documentNamed(p, findings?.template))?.id ?? null;
}

/** The template of the chosen profession's chosen document: the profession itself stands for its adult certificate. */
function templateOf(profession) {
  const p = state.professions.find((candidate) => candidate.id === profession);
  return (ui.document.value !== 'certificat' && templateIn(p, ui.document.value)) || profession;
}

/** The civil date (year, month, day) a findings date or date-time starts with, or null. */
function civilDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(typeof text === 'string' ? text : '');
  return m ? {year: Number(m[1]), md: `${m[2]}-${m[3]}`, iso: m[0]} : null;
}

/**
 * Whether the person is under 18 on the examination date, as the engine decides (model::age_at_examination):
 * an unknown age, or an examination before the birth, is an adult's, so that the engine and the chooser agree.
 */
function isMinor(findings) {
  const birth = civilDate(findings?.patient?.birth_date);
  const exam = civilDate(findings?.examination?.datetime);
  if (!birth || !exam || exam.iso < birth.iso) return false;
  return exam.year - birth.year - (exam.md < birth.md ? 1 : 0) < 18;
}

/**
 * The document of profession `id` the findings are for, as the engine chooses it: the template they name, else the
 * addressee, the signalement and the age.
 */
function documentOf(id, findings) {
  const named = documentNamed(state.professions.find((candidate) => candidate.id === id), findings?.template);
  if (named) return named;
  const signalement = findings?.signalement;
  const minor = isMinor(findings);
  // The département's cell takes reports on minors only: an adult's stays the signalement, which says so.
  if (signalement && minor && signalement.addressee === 'crip') return 'information-preoccupante';
  if (signalement) return minor ? 'signalement-mineur' : 'signalement';
  return minor ? 'certificat-mineur' : 'certificat';
}

/** The document chooser, for the chosen profession: each certificate option named by that profession's title. */
function nameDocuments() {
  const p = state.professions.find((candidate) => candidate.id === ui.profession.value);
  ui.document.disabled = !p;
  for (const option of ui.document.options) option.disabled = !templateIn(p, option.value);
  ui.document.querySelector('option[value="certificat"]').textContent = p?.title ?? 'Certificat ou attestation';
  ui.document.querySelector('option[value="certificat-mineur"]').textContent =
    p?.minor_certificate ? `${p.minor_certificate.title}${MINOR}` : `Certificat${MINOR}`;
  // A document the profession lacks: back to its certificate, which every profession has.
  if (ui.document.selectedOptions[0]?.disabled) ui.document.value = 'certificat';
}

function showCarried() {
  const keys = state.form.carriedKeys();
  ui.carried.hidden = keys.length === 0;
  if (!keys.length) return;
  ui.carried.replaceChildren(
    h('p', {text: `Valeurs reprises du fichier importé sans champ dans ce formulaire${NNBSP}; elles sont vérifiées et imprimées telles quelles${NNBSP}: ${keys.map((k) => k.replace(/^findings\./, '')).join(', ')}.`}),
    h('button', {type: 'button', text: 'Retirer ces valeurs', on: {click: () => {
      state.form.carried = {};
      showCarried();
      ui.profession.focus();
      checkNow();
    }}}));
}

/** Builds the form of profession `id`, then fills it with `findings` (kept values) or the remembered identity. */
async function loadProfession(id, findings) {
  ui.status.className = 'status';
  ui.status.textContent = 'Chargement du formulaire…';
  let schema;
  try {
    const {status, data} = await getJSON(apiUrl('/api/form', {profession: id, lang: langParam()}));
    if (status !== 200) throw new Error(data.error ?? `HTTP ${status}`);
    schema = data;
  } catch (error) {
    ui.status.className = 'status bad';
    ui.status.textContent = error instanceof ServerUnreachable ? UNREACHABLE : `Formulaire indisponible${NNBSP}: ${error.message}`;
    return [];
  }
  state.form = buildForm(schema, ui.form, {changed: structureChanged, rememberBox});
  let dropped = [];
  if (findings) dropped = state.form.fill(findings);
  else if (remembered()) state.form.fillWithin(AUTHOR, remembered().author ?? {});
  // The remembered profession follows the one chosen; the remembered identity changes only when typed.
  const saved = remembered();
  if (saved) storeIdentity({...saved, profession: schema.profession});
  showCarried();
  await checkNow();
  return dropped;
}

/** After an item was added or removed: the touched paths of the items after it move up by one. */
function structureChanged(path, removedIndex) {
  if (removedIndex !== undefined) {
    const prefix = `${path}[`;
    state.touched = new Set([...state.touched].flatMap((touched) => {
      if (!touched.startsWith(prefix)) return [touched];
      const m = /^\[(\d+)\](.*)$/.exec(touched.slice(path.length));
      const index = Number(m[1]);
      if (index === removedIndex) return [];
      return [index > removedIndex ? `${path}[${index - 1}]${m[2]}` : touched];
    }));
  }
  scheduleCheck();
}

function edited(event) {
  const field = event.target.closest('[data-path]');
  if (!field || !state.form) return;
  state.touched.add(field.dataset.path);
  state.form.forget(field.dataset.path);
  ui.result.replaceChildren();  // what the last generation said no longer holds for the edited form
  if (within(field.dataset.path, AUTHOR) && $('remember')?.checked) remember(true);
  scheduleCheck();
}

// ---- Generating, exporting, importing ----

async function generate() {
  if (state.busy) return;
  if (!state.form) {
    ui.result.textContent = 'Choisissez d\'abord votre profession.';
    ui.profession.focus();
    return;
  }
  state.busy = true;
  ui.render.setAttribute('aria-busy', 'true');
  ui.result.textContent = 'Génération du PDF…';
  const specimen = ui.specimen.checked;
  try {
    const response = await postFindings(apiUrl('/api/render', {specimen: specimen ? '1' : null, lang: langParam()}),
      await renderBody(state.form.findings()));
    if (response.status === 200) {
      const blob = await response.blob();
      const name = fileName(response, 'certificat.pdf');
      download(blob, name);
      ui.result.replaceChildren(
        h('p', {class: 'status ok', text: `✓ ${name} généré (${sizeLabel(blob.size)})${specimen ? ', spécimen de formation' : ''}.`}),
        h('p', {text: specimen
          ? `Un spécimen ne peut pas être signé${NNBSP}: décochez «${NNBSP}Spécimen de formation${NNBSP}» pour un vrai certificat.`
          : `Votre navigateur l'a téléchargé${NNBSP}; le serveur n'en garde aucune copie. Relisez-le, puis signez-le (voir le guide).`}));
    } else if (response.status === 422) {
      state.diagnostics = (await response.json()).diagnostics ?? [];
      state.showAllMessages = true;
      showMessages();
      ui.result.replaceChildren(h('p', {class: 'status bad', text: `Le PDF n'a pas été généré${NNBSP}: corrigez les erreurs signalées.`}));
      $('verif-titre').focus();
    } else if (response.status === 413) {
      // Only the photographs make a render request this large (the server takes 128 Mio).
      ui.result.replaceChildren(h('p', {class: 'status bad', text: `Le PDF n'a pas été généré${NNBSP}: les photographies`
        + ` dépassent ensemble ce que le serveur reçoit (128${NNBSP}Mio). Retirez-en, ou joignez-les en définition plus petite.`}));
    } else {
      ui.result.replaceChildren(h('p', {class: 'status bad', text: `Le PDF n'a pas été généré (erreur ${response.status} du serveur).`}));
    }
  } catch (error) {
    ui.result.replaceChildren(h('p', {class: 'status bad', text: error instanceof ServerUnreachable ? UNREACHABLE : error.message}));
  } finally {
    state.busy = false;
    ui.render.removeAttribute('aria-busy');
  }
}

async function exportAs(format) {
  if (!state.form) return;
  const findings = state.form.findings();
  try {
    const response = await postFindings(`/api/export?format=${format}`, findings);
    if (!response.ok) throw new Error(`erreur ${response.status} du serveur`);
    const name = `constatations.${format}`;
    download(await response.blob(), name);
    const photos = (findings.photos ?? []).length
      ? ` Les photographies n'y sont pas${NNBSP}: gardez-les à côté de lui, sous les noms qu'il leur donne.` : '';
    ui.io.textContent = `${name} exporté. Il contient des données de santé${NNBSP}: rangez-le comme un dossier de patient.${photos}`;
  } catch (error) {
    ui.io.textContent = error instanceof ServerUnreachable ? UNREACHABLE : `Export impossible${NNBSP}: ${error.message}`;
  }
}

function describe(d) {
  return `${d.rule}${d.line ? ` (ligne ${d.line}, colonne ${d.column})` : ''}${NNBSP}: ${d.form_message}`;
}

async function importFile(file) {
  try {
    const response = await postText('/api/import', await file.text());
    const data = await response.json();
    if (!response.ok || !data.findings) {
      const lines = (data.diagnostics ?? []).map(describe);
      ui.io.replaceChildren(h('p', {text: `${guillemets(file.name)} n'a pas pu être lu${NNBSP}:`}),
        h('ul', {}, (lines.length ? lines : [data.error ?? `erreur ${response.status}`]).map((line) => h('li', {text: line}))));
      return;
    }
    const id = professionOf(data.findings) ?? state.form?.schema.profession;
    if (!id) {
      ui.io.textContent = `${guillemets(file.name)} ne dit pas la profession${NNBSP}: choisissez-la, puis importez à nouveau.`;
      return;
    }
    ui.profession.value = id;
    ui.document.value = documentOf(id, data.findings);
    nameDocuments();
    state.showAllMessages = true;
    const dropped = await loadProfession(templateOf(id), data.findings);
    ui.io.replaceChildren(h('p', {text: `${guillemets(file.name)} importé.`}),
      dropped.length ? h('p', {text: `Non repris (aucun champ)${NNBSP}: ${dropped.join(', ')}.`}) : '');
  } catch (error) {
    ui.io.textContent = error instanceof ServerUnreachable ? UNREACHABLE : `Import impossible${NNBSP}: ${error.message}`;
  }
}

// ---- Start ----

/** The profession chooser's options, named in the chosen language. */
function nameProfessions() {
  for (const option of ui.profession.options) {
    const p = state.professions.find((candidate) => candidate.id === option.value);
    if (!p) continue;
    const label = (state.lang === 'en' ? p.label_en : p.label) ?? p.label;
    option.textContent = label.charAt(0).toUpperCase() + label.slice(1);
  }
}

async function start() {
  try {
    const {data} = await getJSON('/api/professions');
    state.professions = data.professions ?? [];
  } catch {
    ui.status.className = 'status bad';
    ui.status.textContent = UNREACHABLE;
    return;
  }
  ui.profession.append(...state.professions.map((p) => h('option', {value: p.id})));
  // The chosen profession's chosen document, with what is typed carried over, field by field.
  const reload = () => {
    if (ui.profession.value) loadProfession(templateOf(ui.profession.value), state.form ? state.form.findings() : null);
  };
  ui.profession.addEventListener('change', () => {
    nameDocuments();
    reload();
  });
  ui.document.addEventListener('change', reload);
  const chooseLang = () => {
    state.lang = ui.lang.value === 'en' ? 'en' : 'fr';
    nameProfessions();
  };
  chooseLang();  // French unless the browser kept another choice in this page
  ui.lang.addEventListener('change', () => {
    chooseLang();
    // The form again in the chosen language, with what was typed; then the messages in it, at once.
    if (state.form) reload();
  });
  ui.form.addEventListener('input', edited);
  ui.form.addEventListener('change', edited);
  ui.form.addEventListener('submit', (event) => event.preventDefault());
  ui.render.addEventListener('click', generate);
  $('export-yaml').addEventListener('click', () => exportAs('yaml'));
  $('export-json').addEventListener('click', () => exportAs('json'));
  $('import').addEventListener('click', () => ui.importFile.click());
  ui.importFile.addEventListener('change', () => {
    const [file] = ui.importFile.files;
    ui.importFile.value = '';
    if (file) importFile(file);
  });
  const saved = remembered();
  if (saved && state.professions.some((p) => p.id === saved.profession)) {
    ui.profession.value = saved.profession;
    nameDocuments();
    await loadProfession(saved.profession, null);
  }
}

start();
