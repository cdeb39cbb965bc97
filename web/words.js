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
  },
  en: {
    required: '(required)', choose: '— choose —', unknownCode: 'unknown code', remove: 'Remove', item: 'Item',
    add: (name) => `Add ${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name.toLowerCase()}`,
    date: 'Date', time: 'Time', offset: 'UTC offset', winter: 'mainland France, winter time',
    summer: 'mainland France, summer time',
    datetimeHelp: 'Local time of the place. The UTC offset fills itself in (+01:00 in winter, +02:00 in summer in'
      + ' mainland France); correct it overseas.',
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
