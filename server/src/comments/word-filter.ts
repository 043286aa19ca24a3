import { DataSet, RegExpMatcher, englishRecommendedTransformers, pattern } from 'obscenity';

/**
 * Strips accents so "café" matches "cafe", and folds each run of one character to one, on both
 * sides, so "spoooiler" matches "spoiler" (obscenity folds only some letters, and only to two);
 * obscenity then copes with case and leetspeak.
 */
const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/(.)\1+/gsu, '$1');

const escapePattern = (word: string) => word.replace(/[[\]()|?\\]/g, '');

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

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
  const usable = words.map((word) => escapePattern(normalise(word.trim().toLowerCase()))).filter(Boolean);
  if (usable.length === 0) return null;
  const dataset = new DataSet<{ word: string }>();
  for (const word of usable) dataset.addPhrase((phrase) => phrase.setMetadata({ word }).addPattern(pattern`${word}`));
  const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });
  // A word counts where a word of the text starts ("spoilers" for "spoiler"), never inside
  // another one: "ass" must not hold a comment about a class.
  return (text: string) => {
    const normalised = normalise(text.toLowerCase());
    return matcher.getAllMatches(normalised).some(({ startIndex }) => startIndex === 0 || !WORD_CHARACTER.test(normalised[startIndex - 1]));
  };
};
