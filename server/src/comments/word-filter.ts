import { DataSet, RegExpMatcher, englishRecommendedTransformers, pattern } from 'obscenity';

/** Strips accents so "café" matches "cafe"; obscenity then copes with case, leetspeak and repeats. */
const foldDiacritics = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '');

const escapePattern = (word: string) => word.replace(/[[\]()|?\\]/g, '');

type Matcher = ((text: string) => boolean) | null;

// Compiled once per word list: the lists change rarely, comments arrive often.
const compiled = new Map<string, Matcher>();
const MAX_CACHED_LISTS = 20;

/** A matcher for an editor's word list; null when the list is empty. */
export const wordMatcher = (words: string[]): Matcher => {
  const key = JSON.stringify(words);
  if (!compiled.has(key)) {
    if (compiled.size >= MAX_CACHED_LISTS) compiled.clear();
    compiled.set(key, compile(words));
  }
  return compiled.get(key)!;
};

const compile = (words: string[]): Matcher => {
  const usable = words.map((word) => escapePattern(foldDiacritics(word.trim().toLowerCase()))).filter(Boolean);
  if (usable.length === 0) return null;
  const dataset = new DataSet<{ word: string }>();
  for (const word of usable) dataset.addPhrase((phrase) => phrase.setMetadata({ word }).addPattern(pattern`${word}`));
  const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });
  return (text: string) => matcher.hasMatch(foldDiacritics(text));
};
