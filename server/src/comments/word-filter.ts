import { DataSet, RegExpMatcher, englishRecommendedTransformers, pattern } from 'obscenity';

/** Strips accents so "café" matches "cafe"; obscenity then copes with case, leetspeak and repeats. */
const foldDiacritics = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '');

const escapePattern = (word: string) => word.replace(/[[\]()|?\\]/g, '');

/** A matcher for an editor's word list; null when the list is empty. */
export const wordMatcher = (words: string[]) => {
  const usable = words.map((word) => escapePattern(foldDiacritics(word.trim().toLowerCase()))).filter(Boolean);
  if (usable.length === 0) return null;
  const dataset = new DataSet<{ word: string }>();
  for (const word of usable) dataset.addPhrase((phrase) => phrase.setMetadata({ word }).addPattern(pattern`${word}`));
  const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });
  return (text: string) => matcher.hasMatch(foldDiacritics(text));
};
