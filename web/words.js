// SPDX-License-Identifier: Apache-2.0
// The form's own words, in the language of the form: the schema's labels, help and choices come translated
// from GET /api/form?lang=…; these are the few the page adds around them.
import {NNBSP} from './dom.js';

const WORDS = {
  fr: {
    required: '(obligatoire)', choose: '— choisir —', unknownCode: 'code inconnu', remove: 'Retirer', item: 'Élément',
    // The article of the item names the form knows (« Ajouter une lésion », « Ajouter un examen »).
    add: (name) => {
      const article = {Lésion: 'une', Déclaration: 'une', Doléance: 'une', Constatation: 'une', Examen: 'un'}[name];
      return article ? `Ajouter ${article} ${name.toLowerCase()}` : `Ajouter — ${name}`;
    },
    date: 'Date', time: 'Heure', offset: 'Décalage UTC', winter: 'métropole, heure d\'hiver', summer: 'métropole, heure d\'été',
    datetimeHelp: `Heure légale du lieu. Le décalage UTC se remplit seul (+01:00 l'hiver, +02:00 l'été en métropole)${NNBSP};`
      + ' corrigez-le outre-mer.',
    noPhoto: 'Aucun fichier choisi.',
    photoAgain: (name) => `${name}${NNBSP}: choisissez à nouveau ce fichier (les constatations exportées nomment les`
      + ' photographies sans les contenir).',
    place: 'Placer sur le schéma', view: 'Vue', placeHelp: `Cliquez à l'endroit de la lésion${NNBSP}: la région, le côté`
      + ` et la face se remplissent, et le repère numéroté y sera imprimé. Au clavier${NNBSP}: choisissez la région, le`
      + ' côté et la face ci-dessus.',
    placed: (number, where) => `Lésion n°${'\u00A0'}${number} placée${NNBSP}: ${where}.`,
    unplace: 'Retirer le repère',
  },
  en: {
    required: '(required)', choose: '— choose —', unknownCode: 'unknown code', remove: 'Remove', item: 'Item',
    add: (name) => `Add ${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name.toLowerCase()}`,
    date: 'Date', time: 'Time', offset: 'UTC offset', winter: 'mainland France, winter time',
    summer: 'mainland France, summer time',
    datetimeHelp: 'Local time of the place. The UTC offset fills itself in (+01:00 in winter, +02:00 in summer in'
      + ' mainland France); correct it overseas.',
    noPhoto: 'No file chosen.',
    photoAgain: (name) => `${name}: choose this file again (exported findings name the photographs without holding them).`,
    place: 'Place on the diagram', view: 'View', placeHelp: 'Click where the lesion is: the region, side and face'
      + ' fill in, and the numbered marker is printed there. With the keyboard: choose the region, side and face above.',
    placed: (number, where) => `Lesion ${number} placed: ${where}.`,
    unplace: 'Remove the marker',
  },
};

let current = WORDS.fr;

/** The language of the words of the next form built: 'en', or French. */
export function useLanguage(lang) {
  current = WORDS[lang] ?? WORDS.fr;
}

/** A word of the form's language. */
export function word(key) {
  return current[key];
}
