// SPDX-License-Identifier: Apache-2.0
// End-to-end test of the form of `medcert serve` in a real browser: Debian's headless Chromium driven by
// playwright-core. It starts the server, chooses a profession, fills a fictional case, watches rule messages
// appear at their field, in French then in English, and go once fixed, adds and removes lesion rows, switches
// profession, generates the PDF from the keyboard and reads it back with pdftotext, exports the findings and
// imports them back, and turns the case into a signalement to the prosecutor (the findings carried over). Mistakes of every kind give messages in the form's words (labels, never a file's keys),
// and a size typed with its unit gives one message. Last, a minor's case: the information préoccupante to the
// CRIP, its PDF, and the document an imported file chooses (the template it names, else the addressee and the age).
// Last, the annex: a lesion placed on the body diagram by a click, a photograph added, and the PDF they give.
//
//   node tests/browser/form.mjs MEDCERT SOURCE_DIR [--screenshots DIR]
//
// Exit 77 (skipped) when Chromium or playwright-core (`npm ci` in tests/browser) is missing.
// --screenshots DIR also writes the screenshots of docs/guide-praticien.md (form-*.png) into DIR.
import assert from 'node:assert/strict';
import {spawn, execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const CHROMIUM = '/usr/bin/chromium';
const SOURCE_DATE_EPOCH = '1795219200';  // 2026-11-21T00:00:00Z: the case below is dated the day before

const args = process.argv.slice(2);
const shotsAt = args.indexOf('--screenshots');
const shotsDir = shotsAt >= 0 ? args.splice(shotsAt, 2)[1] : null;
const [medcert, sourceDir] = args;
if (!medcert || !sourceDir) {
  console.error('usage: node form.mjs MEDCERT SOURCE_DIR [--screenshots DIR]');
  process.exit(2);
}
if (!existsSync(CHROMIUM)) {
  console.log(`SKIP: ${CHROMIUM} is absent (apt-get install chromium)`);
  process.exit(77);
}
if (!existsSync(new URL('./node_modules/playwright-core/package.json', import.meta.url))) {
  console.log('SKIP: playwright-core is absent (npm ci in tests/browser)');
  process.exit(77);
}
const {chromium} = await import('playwright-core');

let passed = 0;
function ok(what) {
  passed += 1;
  console.log(`ok: ${what}`);
}

/** The DOM id the form gives a diagnostic path (web/paths.js idFor). */
const idOf = (path) => '#f-' + path.replace(/^findings\.?/, '').replace(/[^A-Za-z0-9_]+/g, '-').replace(/-+$/, '');

/** Starts `medcert serve --port 0` and resolves with its address, read from what it prints. */
function startServer() {
  const server = spawn(medcert, ['--data-dir', sourceDir, 'serve', '--port', '0'], {
    env: {...process.env, SOURCE_DATE_EPOCH}, stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`medcert serve printed no address:\n${seen}`)), 20000);
    const read = (chunk) => {
      seen += chunk;
      const m = /http:\/\/(?:127\.0\.0\.1|localhost):(\d+)\/?/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve({server, url: `http://127.0.0.1:${m[1]}/`});
      }
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.on('exit', (code) => reject(new Error(`medcert serve exited (${code}):\n${seen}`)));
  });
}

function pdfText(file) {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString()
    .replace(/[\u00A0\u202F]/g, ' ').replace(/\s+/g, ' ');
}

const work = mkdtempSync(join(tmpdir(), 'medcert-browser-'));
const {server, url} = await startServer();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  const context = await browser.newContext({
    acceptDownloads: true, timezoneId: 'Europe/Paris', locale: 'fr-FR', viewport: {width: 1280, height: 860},
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Chromium logs every 4xx answer; the 422 of a refused generation is expected, nothing else is.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 422/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => { if (!/^(data|blob):/.test(r.url()) && !r.url().startsWith(url)) problems.push(`external request: ${r.url()}`); });
  const shot = async (name, target) => {
    if (!shotsDir) return;
    await page.waitForTimeout(900);  // let the last check (debounced 400 ms) come back
    await (target ?? page).screenshot({path: join(shotsDir, name)});
  };
  /** Does `trigger` and saves the file it downloads as `name` in the work directory; its path. */
  const download = async (trigger, name) => {
    const [started] = await Promise.all([page.waitForEvent('download'), trigger()]);
    const file = join(work, name);
    await started.saveAs(file);
    return file;
  };
  const fieldMessage = (path) => page.locator(`${idOf(path)}-msg`);
  const statusSays = (text) => page.waitForFunction((t) => document.getElementById('check-status').textContent.includes(t), text);

  // ---- The empty form of a profession ----
  await page.goto(url);
  await page.selectOption('#profession', 'medecin');
  await page.waitForSelector('#section-author');
  await statusSays('erreur');
  assert.equal(await page.locator('#form-titre').textContent(), 'Certificat médical initial');
  assert.ok(await page.locator('#section-itt').count() === 1, 'the physician has an ITT section');
  ok('choosing « médecin » builds its form, with an ITT section, and the checker lists what is missing');
  await shot('form-vide.png');
  await page.click('#render');
  await page.waitForFunction(() => document.getElementById('result').textContent.includes("n'a pas été généré"));
  assert.match(await fieldMessage('findings.patient.family_name').textContent(), /R-ID-3/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'verif-titre');
  ok('« Générer le PDF » on an incomplete form refuses (422) and shows every message at its field');

  // ---- A fictional case ----
  const text = (path, value) => page.fill(idOf(path), value);
  const choose = (path, value) => page.selectOption(idOf(path), value);
  const when = async (path, date, time) => {
    await page.fill(idOf(path), date);
    await page.fill(`${idOf(path)}-time`, time);
  };
  // The fictional author, the same in every case.
  const fillAuthor = async () => {
    await choose('findings.author.civility', 'madame');
    await text('findings.author.title', 'Docteur');
    await text('findings.author.given_name', 'Claire');
    await text('findings.author.family_name', 'Martin');
    await text('findings.author.rpps', '10000000009');
    await text('findings.author.address', '12 rue des Tilleuls\n69003 Lyon');
  };
  await fillAuthor();
  await choose('findings.patient.civility', 'madame');
  await text('findings.patient.family_name', 'Exemple');
  await text('findings.patient.given_names', 'Alice');
  await page.fill(idOf('findings.patient.birth_date'), '1990-04-12');
  await text('findings.patient.address', '3 allée des Peupliers\n69008 Lyon');
  await choose('findings.patient.identity', 'verified');
  await choose('findings.patient.identity_document', 'passeport');
  await when('findings.examination.datetime', '2026-11-20', '14:30');
  assert.equal(await page.inputValue(`${idOf('findings.examination.datetime')}-tz`), '+01:00');
  ok('the UTC offset of a date-time fills itself from the time zone (+01:00 in Paris in November)');
  await choose('findings.examination.place_type', 'cabinet');
  await choose('findings.examination.request_mode', 'demande_spontanee');
  await page.click(`${idOf('findings.declarations')}-add`);
  await text('findings.declarations[0]', "J'ai été poussée contre le mur de la cuisine.");
  await page.click(`${idOf('findings.complaints')}-add`);
  await text('findings.complaints[0]', "J'ai mal au bras gauche quand je le bouge.");
  await page.click(`${idOf('findings.negative_findings')}-add`);
  await text('findings.negative_findings[0]', 'Absence de lésion visible du cuir chevelu.');
  await text('findings.functional_impact', 'Gêne à la mobilisation du membre supérieur gauche.');
  await choose('findings.itt.mode', 'fixed');
  await text('findings.itt.days', '5');
  await when('findings.issuance.datetime', '2026-11-20', '15:10');
  await text('findings.issuance.place', 'Lyon');
  await choose('findings.issuance.recipient', 'patient');

  // ---- Lesion rows: add two, fill them, remove the second ----
  const rows = page.locator('#section-lesions fieldset.row');
  await page.click(`${idOf('findings.lesions')}-add`);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-lesions-0-type', 'focus goes to the new row');
  await choose('findings.lesions[0].type', 'ecchymose');
  await choose('findings.lesions[0].region', 'avant_bras');
  await choose('findings.lesions[0].side', 'gauche');
  await choose('findings.lesions[0].face', 'anterieure');
  await text('findings.lesions[0].location_detail', 'à 5 cm sous le pli du coude');
  await text('findings.lesions[0].size.length_cm', '4');
  await text('findings.lesions[0].size.width_cm', '2,5');
  await choose('findings.lesions[0].colour', 'violacee');
  await page.click(`${idOf('findings.lesions')}-add`);
  await choose('findings.lesions[1].type', 'excoriation');
  await choose('findings.lesions[1].region', 'genou');
  assert.equal(await rows.count(), 2);
  await shot('form-lesions.png', page.locator('#section-lesions'));
  await rows.nth(1).getByRole('button', {name: /Retirer/}).click();
  assert.equal(await rows.count(), 1);
  assert.equal(await page.inputValue(idOf('findings.lesions[0].size.width_cm')), '2.5');
  assert.equal(await page.inputValue(idOf('findings.lesions[0].region')), 'avant_bras');
  ok('lesion rows are added and removed with their buttons; the first row keeps its values (2,5 read as 2.5)');

  // ---- Rule messages at their field, in French and in English, and gone once fixed ----
  const psy = 'findings.psychological_state';
  const psyMessages = `${idOf(psy)}-msg`;
  /** The message of `rule` at the field of `path`. */
  const ruleMessage = (path, rule) => page.locator(`${idOf(path)}-msg .msg`).filter({hasText: rule});
  /** Waits until the field message of `path` says every one of `texts`. */
  const fieldSays = (path, ...texts) => page.waitForFunction(([id, wanted]) => {
    const said = document.querySelector(id).textContent;
    return wanted.every((w) => said.includes(w));
  }, [`${idOf(path)}-msg`, texts]);
  const language = page.getByLabel('Langue des messages');
  assert.equal(await language.inputValue(), 'fr');
  await text(psy, 'Ecchymoses griffées ; récit crédible.');
  await fieldSays(psy, 'R-C-6', 'R-C-2');
  assert.match(await ruleMessage(psy, 'R-C-6').textContent(), /Erreur R-C-6.*mécanisme/);
  assert.match(await ruleMessage(psy, 'R-C-2').textContent(), /Erreur R-C-2.*sincérité/);
  assert.equal(await page.getAttribute(idOf(psy), 'aria-invalid'), 'true');
  assert.match(await page.getAttribute(idOf(psy), 'aria-describedby'), /-msg/);
  const summary = await page.locator('#summary').textContent();
  assert.match(summary, /Erreur.*R-C-6/);
  assert.match(summary, /Erreur.*R-C-2/);
  ok('an asserted mechanism and an opinion on credibility show « Erreur R-C-6 » (mécanisme) and « Erreur R-C-2 » at the field, aria-invalid, and in the summary');
  await page.evaluate((id) => document.querySelector(id).scrollIntoView({block: 'center'}), idOf(psy));
  await shot('form-message.png');

  const [englishCheck] = await Promise.all([
    page.waitForRequest((r) => r.url().startsWith(`${url}api/check`) && new URL(r.url()).searchParams.get('lang') === 'en'),
    language.selectOption('en'),
  ]);
  assert.equal(englishCheck.method(), 'POST');
  await fieldSays(psy, 'Error', 'mechanism');
  const english = await ruleMessage(psy, 'R-C-6').textContent();
  assert.match(english, /Error R-C-6.*mechanism/);
  assert.doesNotMatch(english, /Erreur/);
  assert.match(await ruleMessage(psy, 'R-C-2').textContent(), /Error R-C-2/);
  assert.equal(await ruleMessage(psy, 'R-C-6').getAttribute('lang'), 'en');
  assert.equal(await page.getAttribute(idOf(psy), 'aria-invalid'), 'true');
  assert.match(await page.locator('#summary').textContent(), /Error.*R-C-6/);
  await statusSays('correct the errors');
  assert.match(await page.locator(`label[for="${idOf(psy).slice(1)}"]`).textContent(), /^Psychological state observed/);
  assert.equal(await page.locator('#form-titre').textContent(), 'Certificat médical initial');
  const birthLabel = page.locator(`label[for="${idOf('findings.patient.birth_date').slice(1)}"]`);
  const madame = page.locator(`${idOf('findings.patient.civility')} option[value="madame"]`);
  assert.match(await birthLabel.textContent(), /^Date of birth/);
  assert.equal(await madame.textContent(), 'Ms');
  assert.equal(await page.locator(`${idOf('findings.lesions[0].region')} option:checked`).textContent(), 'forearm');
  assert.match(await page.locator(`${idOf('findings.lesions')}-add`).textContent(), /Add a lesion/);
  assert.equal(await page.inputValue(idOf(psy)), 'Ecchymoses griffées ; récit crédible.');
  ok('« Langue des messages et du formulaire » : English re-checks at once with lang=en; the same field shows "Error R-C-6" and its English message (mechanism); the form\'s labels and choices are English ("Date of birth", "Ms", "forearm", "Add a lesion"), what was typed is kept, the certificate\'s title stays French');

  await language.focus();
  await page.keyboard.press('ArrowUp');  // back to « Français » from the keyboard
  assert.equal(await language.inputValue(), 'fr');
  await fieldSays(psy, 'Erreur', 'mécanisme');
  assert.doesNotMatch(await page.locator(psyMessages).textContent(), /Error/);
  await statusSays('corrigez les erreurs');
  assert.match(await birthLabel.textContent(), /^Date de naissance/);
  assert.equal(await madame.textContent(), 'madame');
  ok('back to « Français » from the keyboard, the messages, labels and choices are French again');

  await text(psy, 'Ecchymose ancienne.');
  await fieldSays(psy, 'R-L-3');
  assert.match(await ruleMessage(psy, 'R-L-3').textContent(), /Erreur R-L-3.*ne la datez pas/);
  assert.equal(await ruleMessage(psy, 'R-C-6').count(), 0);
  await language.selectOption('en');
  await fieldSays(psy, 'Error', 'R-L-3');
  assert.match(await ruleMessage(psy, 'R-L-3').textContent(), /Error R-L-3.*do not date it/);
  await language.selectOption('fr');
  await fieldSays(psy, 'Erreur', 'R-L-3');
  ok('a lesion dated by the physician (« Ecchymose ancienne. ») shows « Erreur R-L-3 » (ne la datez pas), "Error R-L-3" in English (do not date it)');
  await text(psy, "Pleurs à l'évocation des faits ; voix basse.");
  await page.waitForFunction((id) => document.querySelector(id).textContent === '', psyMessages);
  assert.equal(await page.getAttribute(idOf(psy), 'aria-invalid'), null);
  assert.doesNotMatch(await page.locator('#summary').textContent(), /R-C-6|R-C-2|R-L-3/);
  ok('once the wording is fixed (« Pleurs à l\'évocation des faits ; voix basse. »), the messages and aria-invalid go');

  await text('findings.author.rpps', '10000000008');
  await page.waitForFunction((id) => document.querySelector(id).textContent.includes('R-ID-2-KEY'), `${idOf('findings.author.rpps')}-msg`);
  assert.match(await fieldMessage('findings.author.rpps').textContent(), /Avertissement/);
  await text('findings.author.rpps', '10000000009');
  await page.waitForFunction((id) => document.querySelector(id).textContent === '', `${idOf('findings.author.rpps')}-msg`);
  ok('an RPPS with a wrong check key gives the warning R-ID-2-KEY at its field, gone once corrected');

  // ---- Mistakes of every kind: the messages name the form's fields and choices, never a file's keys ----
  /** Every message the page shows, at the fields and in the summary. */
  const everyMessage = async () => [...await page.locator('.msg').allTextContents(),
    ...await page.locator('#summary li').allTextContents()];
  /** No key of a findings file (snake_case), no `key:` pattern, no file syntax, no word YAML. */
  const assertFormWording = (messages, lang) => {
    assert.ok(messages.length > 0, 'there are messages to read');
    for (const m of messages) {
      assert.doesNotMatch(m, /\b[a-z]+(?:_[a-z0-9]+)+\b/, `${lang}: a findings key in « ${m} »`);
      assert.doesNotMatch(m, /yaml/i, `${lang}: the word YAML in « ${m} »`);
      assert.doesNotMatch(m, /[`{}]/, `${lang}: file syntax in « ${m} »`);
      // French puts a space before « : », so a word glued to a colon is a key; English: a key then a value.
      const keyColon = lang === 'fr' ? /[A-Za-z_]:/ : /\b[a-z_]+: ?(?:\d|[a-z]+_|\{)/;
      assert.doesNotMatch(m, keyColon, `${lang}: a « key: » in « ${m} »`);
    }
  };
  const lesionMessages = () => page.locator('#section-lesions .msg');
  const lengthPath = 'findings.lesions[0].size.length_cm';
  await text(lengthPath, '6 cm');
  await page.waitForFunction((id) => document.querySelector(id).textContent.includes('F-TYPE'), `${idOf(lengthPath)}-msg`);
  await page.waitForTimeout(600);  // a second message, if any, would come with the same check
  assert.equal(await lesionMessages().count(), 1, 'a size typed with its unit gives one message');
  assert.equal(await page.locator('#summary li').filter({hasText: /R-L-1/}).count(), 0);
  assert.match(await fieldMessage(lengthPath).textContent(), /«\s?Longueur\s?» attend un nombre.*«\s?6 cm\s?»/);
  ok('a size typed « 6 cm » gives exactly one message, at « Longueur », that names the field by its label');

  const mistakes = [
    ['findings.lesions[0].region', 'R-L-1', () => choose('findings.lesions[0].region', '')],
    ['findings.author.rpps', 'R-ID-2', () => text('findings.author.rpps', '123')],
    ['findings.itt.days', 'F-TYPE', () => text('findings.itt.days', 'cinq')],
    ['findings.patient.family_name', 'R-ID-3', () => text('findings.patient.family_name', '')],
    ['findings.patient.given_names', 'R-TXT-3', () => text('findings.patient.given_names', 'Alice\tMarie')],
    ['findings.examination.place_type', 'R-DT-1', () => choose('findings.examination.place_type', 'autre')],
    ['findings.declarations[0]', 'R-Q-1', () => text('findings.declarations[0]', '« Il m\'a poussée. »')],
    ['findings.issuance.recipient', 'R-DL-2', () => choose('findings.issuance.recipient', 'legal_representative')],
  ];
  for (const [, , make] of mistakes) await make();
  const said = (rule) => page.waitForFunction((r) => [...document.querySelectorAll('.msg, #summary li')]
    .some((m) => m.textContent.includes(r)), rule);
  for (const [, rule] of mistakes) await said(rule);
  assertFormWording(await everyMessage(), 'fr');
  assert.match(await fieldMessage('findings.lesions[0].region').textContent(), /choisissez-la dans «\s?Région\s?»/);
  await language.selectOption('en');
  await said('Error');
  for (const [, rule] of mistakes) await said(rule);
  await statusSays('correct the errors');
  assertFormWording(await everyMessage(), 'en');
  await language.selectOption('fr');
  await said('Erreur');
  ok(`mistakes of every kind (${mistakes.map(([, r]) => r).join(', ')}, and F-TYPE) give messages that name the form's labels, never a key, a « key: » or YAML, in French and in English`);
  await text(lengthPath, '4');
  await choose('findings.lesions[0].region', 'avant_bras');
  await text('findings.author.rpps', '10000000009');
  await text('findings.itt.days', '5');
  await text('findings.patient.family_name', 'Exemple');
  await text('findings.patient.given_names', 'Alice');
  await choose('findings.examination.place_type', 'cabinet');
  await text('findings.declarations[0]', "J'ai été poussée contre le mur de la cuisine.");
  await choose('findings.issuance.recipient', 'patient');

  await statusSays('Aucune remarque');
  ok('the complete case passes the checker');

  // ---- A danger prompt: a notice at the field, which blocks nothing ----
  await text('findings.declarations[0]', "Il m'a serré le cou contre le mur de la cuisine.");
  await fieldSays('findings.declarations[0]', 'R-DG-1');
  const notice = await ruleMessage('findings.declarations[0]', 'R-DG-1').textContent();
  assert.match(notice, /Information R-DG-1.*serré le cou.*Consignez l.examen du cou.*Ce rappel ne décide rien/s);
  assert.notEqual(await page.getAttribute(idOf('findings.declarations[0]'), 'aria-invalid'), 'true');
  await statusSays('le PDF peut être généré');
  await text('findings.declarations[0]', "J'ai été poussée contre le mur de la cuisine.");
  await statusSays('Aucune remarque');
  ok('a declaration naming a strangulation gives the R-DG-1 notice at its field; the PDF can still be generated');

  // ---- A profession without ITT ----
  await page.selectOption('#profession', 'infirmier');
  await page.waitForFunction(() => document.getElementById('form-titre').textContent !== 'Certificat médical initial');
  assert.equal(await page.locator('#section-itt').count(), 0);
  assert.equal(await page.locator('[data-path^="findings.itt"]').count(), 0);
  assert.equal(await page.locator('#section-pregnancy').count(), 0);  // the midwife's and the physician's block
  assert.equal(await page.inputValue(idOf('findings.patient.family_name')), 'Exemple');
  await page.waitForFunction(() => document.getElementById('summary').textContent.includes('R-ITT-1'));
  ok('« infirmier » has no ITT section; the values are kept, and the ITT left over is refused (R-ITT-1, in the summary)');
  await page.selectOption('#profession', 'medecin');
  await page.waitForSelector('#section-itt');
  assert.equal(await page.inputValue(idOf('findings.itt.days')), '5');
  await statusSays('Aucune remarque');
  await page.waitForSelector('#section-pregnancy');
  assert.equal(await page.locator('#section-care_reason').count(), 0);
  ok('back to « médecin », the ITT comes back; the pregnancy block is offered, not the reason for care');

  // ---- Remembering the professional's identity, in this browser only ----
  await page.check('#remember');
  const stored = await page.evaluate(() => localStorage.getItem('medcert.identite'));
  assert.match(stored, /Martin/);
  assert.doesNotMatch(stored, /Exemple|Alice|poussée/);
  ok('« Mémoriser mon identité » keeps the author, and nothing of the person, in localStorage');

  // ---- Generating the PDF from the keyboard ----
  await page.click('.banner h1');  // the start of the page: Tab goes on from there
  let reached = false;
  for (let i = 0; i < 40 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement.id === 'render');
  }
  assert.ok(reached, 'Tab reaches « Générer le PDF »');
  ok('Tab reaches « Générer le PDF »');
  const pdfFile = await download(() => page.keyboard.press('Enter'), 'certificat.pdf');
  assert.equal(readFileSync(pdfFile).subarray(0, 5).toString(), '%PDF-');
  const pdf = pdfText(pdfFile);
  for (const expected of ['Certificat médical initial', 'Alice', 'EXEMPLE', "« J'ai été poussée contre le mur de la cuisine. »"]) {
    assert.ok(pdf.includes(expected) || pdf.includes(expected.replace('EXEMPLE', 'Exemple')), `the PDF says ${expected}`);
  }
  await page.waitForFunction(() => document.getElementById('result').textContent.includes('généré'));
  ok('Enter on « Générer le PDF » downloads the certificate; pdftotext finds the title, the person and her quoted words');
  await shot('form-resultat.png');
  if (shotsDir) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfFile, join(shotsDir, 'form-pdf')]);

  // ---- A training specimen ----
  await page.check('#specimen');
  const specimenFile = await download(() => page.click('#render'), 'specimen.pdf');
  assert.match(pdfText(specimenFile), /SPÉCIMEN/);
  await page.uncheck('#specimen');
  ok('« Spécimen de formation » gives a PDF marked SPÉCIMEN');

  // ---- Export, then import into a fresh page ----
  const valuesOf = () => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#findings input, #findings select, #findings textarea')]
    .map((e) => [e.id, e.type === 'checkbox' ? e.checked : e.value])));
  const before = await valuesOf();
  const yamlFile = await download(() => page.click('#export-yaml'), 'constatations.yaml');
  const yaml = readFileSync(yamlFile, 'utf8');
  assert.match(yaml, /medcert: 1/);
  assert.match(yaml, /Exemple/);
  ok('« Exporter (YAML) » downloads a findings file');

  await page.reload();
  await page.waitForSelector('#section-author');
  assert.equal(await page.inputValue(idOf('findings.author.family_name')), 'Martin');
  assert.equal(await page.inputValue(idOf('findings.patient.family_name')), '');
  ok('after a reload, only the remembered identity is back (the person\'s data is gone)');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#import')]);
  await chooser.setFiles(yamlFile);
  await page.waitForFunction(() => document.getElementById('io-status').textContent.includes('importé'));
  await statusSays('Aucune remarque');
  assert.deepEqual(await valuesOf(), before);
  ok('« Importer… » of the exported YAML gives back the same form values');

  // ---- The signalement of the same consultation: what was typed is carried over ----
  const documentChoice = page.locator('#document');
  assert.equal(await documentChoice.locator('option[value="certificat"]').textContent(), 'Certificat médical initial');
  await page.selectOption('#document', 'signalement');
  await page.waitForFunction(() => document.getElementById('form-titre').textContent === 'Signalement au procureur de la République');
  assert.equal(await page.inputValue(idOf('findings.patient.family_name')), 'Exemple');
  assert.equal(await page.inputValue(idOf('findings.declarations[0]')), "J'ai été poussée contre le mur de la cuisine.");
  assert.equal(await page.locator('#section-itt').count(), 0, 'a signalement has no ITT');
  await said('R-ITT-1');  // the ITT typed for the certificate is carried, and refused, until removed
  await page.getByRole('button', {name: 'Retirer ces valeurs'}).click();
  await choose('findings.signalement.route', 'accord');
  await choose('findings.signalement.consent', 'obtenu');
  await when('findings.signalement.consent_datetime', '2026-11-20', '15:00');
  await text('findings.signalement.parquet', 'tribunal judiciaire de Lyon');
  await choose('findings.issuance.recipient', 'patient');
  await said('R-SIG-4');  // handed to the person: refused
  await choose('findings.issuance.recipient', 'procureur');
  await statusSays('Aucune remarque');
  const signalementFile = await download(() => page.click('#render'), 'signalement.pdf');
  const signalementText = pdfText(signalementFile);
  for (const expected of ['Signalement au procureur de la République',
    'À l’attention de Madame ou Monsieur le procureur de la République près le tribunal judiciaire de Lyon.',
    'Ce signalement est fait en application de l’article 226-14, 2°, du code pénal.',
    'Elle a donné son accord à ce signalement le 20 novembre 2026, à 15 h.',
    "« J'ai été poussée contre le mur de la cuisine. »", 'adressé au seul procureur de la République']) {
    assert.ok(signalementText.includes(expected), `the signalement says ${expected}`);
  }
  assert.ok(!signalementText.includes('ITT') && !signalementText.includes('en main propre'));
  ok('« Signalement au procureur de la République » carries the certificate\'s findings over, refuses the ITT and the person as recipient, and its PDF says the addressee, the 2° and her consent');
  await page.selectOption('#document', 'certificat');
  await page.waitForFunction(() => document.getElementById('form-titre').textContent === 'Certificat médical initial');
  await page.getByRole('button', {name: 'Retirer ces valeurs'}).click();  // the signalement's own section
  await choose('findings.itt.mode', 'fixed');
  await text('findings.itt.days', '5');
  await choose('findings.issuance.recipient', 'patient');
  await statusSays('Aucune remarque');
  ok('back to the certificate, the signalement\'s own values are carried until removed, and the case passes again');

  // ---- On réquisition: the officer, the date and hour, the mission, each rule at its field ----
  await choose('findings.examination.request_mode', 'requisition');
  for (const rule of ['R-DL-3', 'R-RQ-1', 'R-RQ-2']) await said(rule);
  assertFormWording(await everyMessage(), 'fr');
  const requisition = 'findings.examination.requisition';
  await text(`${requisition}.authority`, 'Commissariat de police de Lyon-Exemple');
  await text(`${requisition}.officer.name`, 'Julien Exemple');
  await text(`${requisition}.officer.rank`, 'capitaine de police');
  await page.fill(idOf(`${requisition}.datetime`), '2026-11-20');
  await fieldSays(`${requisition}.datetime`, 'R-RQ-1', 'heure');
  await page.fill(`${idOf(`${requisition}.datetime`)}-time`, '13:10');
  await page.click(`${idOf('findings.mission')}-add`);
  await text('findings.mission[0].question', "Fixer la durée de l'incapacité totale de travail.");
  await text('findings.mission[0].answer', 'Voir la conclusion.');
  await choose('findings.issuance.recipient', 'requisition_authority');
  await statusSays('Aucune remarque');
  const requisitionFile = await download(() => page.click('#render'), 'requisition.pdf');
  const requisitionText = pdfText(requisitionFile);
  assert.ok(requisitionText.includes('requise par Julien Exemple, capitaine de police (Commissariat de police de Lyon-Exemple), prête serment'));
  assert.ok(requisitionText.includes("Question : « Fixer la durée de l'incapacité totale de travail. » Réponse : Voir la conclusion."));
  assert.ok(requisitionText.indexOf('prête serment') < requisitionText.indexOf('certifie avoir examiné'));
  ok('on réquisition the form offers the officer, the date and hour (a date alone: R-RQ-1 at the field) and the mission; the PDF opens with the written oath and prints the question with its answer');

  await page.uncheck('#remember');
  assert.equal(await page.evaluate(() => localStorage.getItem('medcert.identite')), null);
  ok('unchecking « Mémoriser » forgets the identity');

  // ---- A minor: the information préoccupante to the département's cell (CRIP) ----
  await page.reload();
  await page.selectOption('#profession', 'medecin');
  await page.waitForSelector('#section-author');
  const ipLabel = 'Information préoccupante (CRIP) — personne mineure';
  assert.equal(await documentChoice.locator('option[value="information-preoccupante"]').textContent(), ipLabel);
  assert.equal(await documentChoice.locator('option[value="certificat-mineur"]').textContent(),
    'Certificat médical initial — personne mineure');
  for (const value of ['certificat-mineur', 'signalement-mineur', 'information-preoccupante']) {
    assert.equal(await documentChoice.locator(`option[value="${value}"]`).isDisabled(), false, `${value} is offered`);
  }
  await page.selectOption('#document', {label: ipLabel});
  await page.waitForFunction(() => document.getElementById('form-titre').textContent === 'Information préoccupante');
  await page.waitForSelector('#section-accompanying');
  assert.equal(await page.locator('#section-itt').count(), 0, 'an information préoccupante has no ITT');
  await fillAuthor();
  await choose('findings.patient.civility', 'madame');
  await text('findings.patient.family_name', 'Exemple');
  await text('findings.patient.given_names', 'Léa');
  await page.fill(idOf('findings.patient.birth_date'), '2014-03-12');
  await text('findings.patient.address', '3 allée des Peupliers\n69008 Lyon');
  await choose('findings.patient.identity', 'declared');
  await choose('findings.accompanying.status', 'majeur');
  await choose('findings.accompanying.civility', 'madame');
  await text('findings.accompanying.given_name', 'Claire');
  await text('findings.accompanying.family_name', 'Exemple');
  await choose('findings.accompanying.link', 'parent');
  await text('findings.signalement.crip', 'conseil départemental du Rhône');
  await choose('findings.signalement.parents_informed', 'oui');
  await when('findings.examination.datetime', '2026-11-20', '14:30');
  await choose('findings.examination.place_type', 'cabinet');
  await choose('findings.examination.request_mode', 'demande_spontanee');
  await page.click(`${idOf('findings.declarations')}-add`);
  await text('findings.declarations[0]', "On m'a serré le bras très fort.");
  await page.click(`${idOf('findings.complaints')}-add`);
  await text('findings.complaints[0]', "J'ai mal au bras.");
  await page.click(`${idOf('findings.lesions')}-add`);
  await choose('findings.lesions[0].type', 'ecchymose');
  await choose('findings.lesions[0].region', 'avant_bras');
  await choose('findings.lesions[0].side', 'gauche');
  await text('findings.lesions[0].size.length_cm', '4');
  await text('findings.lesions[0].size.width_cm', '2,5');
  await choose('findings.lesions[0].colour', 'violacee');
  await page.click(`${idOf('findings.negative_findings')}-add`);
  await text('findings.negative_findings[0]', 'Absence de lésion visible du cuir chevelu.');
  await text('findings.psychological_state', "Pleurs à l'évocation des faits ; voix basse.");
  await text('findings.functional_impact', 'Gêne à la mobilisation du membre supérieur gauche.');
  await when('findings.issuance.datetime', '2026-11-20', '15:10');
  await text('findings.issuance.place', 'Lyon');
  await choose('findings.issuance.recipient', 'crip');
  await statusSays('Aucune remarque');
  const ipFile = await download(() => page.click('#render'), 'information-preoccupante.pdf');
  const ipText = pdfText(ipFile);
  for (const expected of ['Information préoccupante',
    'À l’attention de la cellule de recueil des informations préoccupantes', 'conseil départemental du Rhône',
    'Léa EXEMPLE', "« On m'a serré le bras très fort. »"]) {
    assert.ok(ipText.includes(expected), `the information préoccupante says ${expected}`);
  }
  assert.ok(!ipText.includes('procureur'), 'an information préoccupante is not addressed to the prosecutor');
  ok('« Information préoccupante (CRIP) — personne mineure » builds its form; a minor\'s case with the person accompanying her passes the checker, and its PDF is addressed to the CRIP');

  // ---- Importing a minor's findings: the document they name, else their addressee and the person's age ----
  const ipFindings = JSON.parse(readFileSync(await download(() => page.click('#export-json'), 'ip.json'), 'utf8'));
  assert.equal(ipFindings.template, 'medecin.information-preoccupante');
  const importAs = async (name, findings, expected) => {
    const file = join(work, name);
    writeFileSync(file, JSON.stringify(findings));
    await page.evaluate(() => { document.getElementById('io-status').textContent = ''; });
    const [picker] = await Promise.all([page.waitForEvent('filechooser'), page.click('#import')]);
    await picker.setFiles(file);
    await page.waitForFunction(() => document.getElementById('io-status').textContent.includes('importé'));
    assert.equal(await documentChoice.inputValue(), expected, `${name} chooses ${expected}`);
  };
  const {template: _named, ...unnamed} = ipFindings;
  const {addressee: _crip, ...toProsecutor} = ipFindings.signalement ?? {};
  const {signalement: _signalement, ...certificate} = unnamed;
  await importAs('named.json', ipFindings, 'information-preoccupante');
  await page.waitForFunction(() => document.getElementById('form-titre').textContent === 'Information préoccupante');
  await importAs('crip.json', {...unnamed, signalement: {...toProsecutor, addressee: 'crip'}}, 'information-preoccupante');
  await importAs('procureur.json', {...unnamed, signalement: toProsecutor}, 'signalement-mineur');
  await importAs('mineur.json', certificate, 'certificat-mineur');
  await importAs('majeur.json', {...certificate, patient: {...certificate.patient, birth_date: '2008-11-20'}}, 'certificat');
  await importAs('dix-sept-ans.json', {...certificate, patient: {...certificate.patient, birth_date: '2008-11-21'}},
    'certificat-mineur');
  ok('an imported file chooses the document it names (template), else the CRIP as addressee, else the signalement and the age on the examination day (18 that day: an adult)');

  // ---- The annex: a lesion placed on the body diagram by a click, a photograph added, the consent ----
  await page.reload();
  await page.selectOption('#profession', 'medecin');
  await page.waitForSelector('#section-author');
  const [court] = await Promise.all([page.waitForEvent('filechooser'), page.click('#import')]);
  await court.setFiles(join(sourceDir, 'examples/medecin/court.yaml'));
  await page.waitForFunction(() => document.getElementById('io-status').textContent.includes('importé'));
  const lesionCount = await rows.count();
  await page.click(`${idOf('findings.lesions')}-add`);
  const added = `findings.lesions[${lesionCount}]`;
  await choose(`${added}.type`, 'excoriation');
  await text(`${added}.size.length_cm`, '1.5');
  const placer = page.locator(`${idOf(added)}-schema`);
  await rows.nth(lesionCount).getByRole('button', {name: 'Placer sur le schéma'}).click();
  const viewChoices = await placer.locator('select option').evaluateAll((options) => options.map((o) => o.value));
  assert.ok(viewChoices.includes('perinee_f') && !viewChoices.includes('perinee_m'),
    `the placer offers the perineal view of the person's civility (madame): ${viewChoices}`);
  await placer.locator('select').selectOption('corps_face');
  // Where the front view's anchor of the right knee is on the screen: the click must land there.
  const knee = await page.evaluate(async (id) => {
    const schema = await (await fetch('/api/form?profession=medecin')).json();
    const view = schema.diagram_views.find((v) => v.id === 'corps_face');
    const anchor = view.anchors.find((a) => a.region === 'genou' && a.side === 'droite');
    const svg = document.querySelector(`${id} svg`);
    svg.scrollIntoView({block: 'center'});
    const point = new DOMPoint(anchor.x, anchor.y).matrixTransform(svg.getScreenCTM());
    return {x: point.x, y: point.y, nx: anchor.x / view.width, ny: anchor.y / view.height, faces: anchor.faces};
  }, `${idOf(added)}-schema`);
  await page.mouse.click(knee.x, knee.y);
  assert.equal(await page.inputValue(idOf(`${added}.region`)), 'genou');
  assert.equal(await page.inputValue(idOf(`${added}.side`)), 'droite');
  assert.equal(await page.inputValue(idOf(`${added}.face`)), knee.faces[0] ?? '');
  assert.equal(await page.inputValue(idOf(`${added}.marker.view`)), 'corps_face');
  assert.ok(Math.abs(Number(await page.inputValue(idOf(`${added}.marker.x`))) - knee.nx) < 0.01);
  assert.ok(Math.abs(Number(await page.inputValue(idOf(`${added}.marker.y`))) - knee.ny) < 0.01);
  assert.match(await placer.locator('.placed').textContent(), new RegExp(`Lésion n°.${lesionCount + 1} placée.*genou.*droit`));
  assert.equal(await placer.locator(`svg .marker[data-number="${lesionCount + 1}"]`).count(), 1);
  ok('the placer offers the views of the person (the female perineal view for « madame »); a click on the front view at the right knee sets the new lesion\'s region, side, face and marker (view, x, y), and draws its numbered marker');
  await shot('form-schema.png', page.locator(`${idOf(added)}`));

  // The photograph stays in the page: the checks as one types never carry it, the render request does.
  const checkBodies = [];
  page.on('request', (r) => { if (r.url().startsWith(`${url}api/check`)) checkBodies.push(r.postData()?.length ?? 0); });
  const photoFile = join(sourceDir, 'examples/medecin/photos/avant-bras-droit.jpg');
  await page.check(idOf('findings.diagram'));
  await page.click(`${idOf('findings.photos')}-add`);
  await page.setInputFiles(idOf('findings.photos[0].file'), photoFile);
  assert.match(await page.locator(`${idOf('findings.photos[0].file')}-chosen`).textContent(), /avant-bras-droit\.jpg \(\d+\s?Ko\)/);
  await text('findings.photos[0].lesion', String(lesionCount + 1));
  await when('findings.photos[0].taken', '2026-11-20', '14:50');
  await page.check(idOf('findings.photos[0].scale'));
  await said('R-PH-4');  // no consent recorded yet
  await page.check(idOf('findings.annex_consent.diagram'));
  await page.check(idOf('findings.annex_consent.photos'));
  await when('findings.annex_consent.date', '2026-11-20', '14:40');
  await page.waitForFunction(() => ![...document.querySelectorAll('.msg, #summary li')].some((m) => m.textContent.includes('R-PH-4')));
  ok('a photograph is chosen for the lesion; without the person\'s consent the checker says R-PH-4, gone once the consent to the diagram and photographs is recorded with its date');
  const [renderRequest] = await Promise.all([
    page.waitForRequest((r) => r.url().startsWith(`${url}api/render`)),
    page.waitForEvent('download').then(async (d) => d.saveAs(join(work, 'annexes.pdf'))),
    page.click('#render'),
  ]);
  const sent = JSON.parse(renderRequest.postData());
  assert.deepEqual(sent.photos.map((p) => p.file), ['avant-bras-droit.jpg']);
  assert.ok(Buffer.from(sent.photos[0].data, 'base64').equals(readFileSync(photoFile)), 'the render request carries the file\'s bytes');
  assert.ok(checkBodies.length > 0 && Math.max(...checkBodies) < 64 * 1024, `the checks never carry the photograph (${checkBodies})`);
  const annexFile = join(work, 'annexes.pdf');
  const images = execFileSync('pdfimages', ['-list', annexFile]).toString().trim().split('\n').slice(2);
  assert.equal(images.length, 1, 'one photograph in the PDF');
  const annexText = pdfText(annexFile);
  for (const expected of ['Schéma corporel, face antérieure', `Photographie 1 — lésion n° ${lesionCount + 1} : excoriation`,
    'une échelle métrique est visible', 'EXEMPLE']) {
    assert.ok(annexText.includes(expected), `the annex says ${expected}`);
  }
  ok('« Générer le PDF » sends the photograph with the findings (its bytes, once) and the PDF holds the diagram page and the captioned photograph');

  assert.deepEqual(problems, []);
  ok('no script error, no console error, no request outside the server');
  await context.close();
} finally {
  await browser.close();
  server.kill();
  rmSync(work, {recursive: true, force: true});
}
console.log(`${passed} passed, 0 failed`);
