import type { Token } from "./tokenize";

/**
 * Typo tolerance: a word the parser does not know is replaced by the single closest keyword
 * of the lexicon ("imges" → "images", "genrate" → "generate", "trainig" → "training",
 * "stabel" → "stable"). Distance is optimal string alignment (Levenshtein plus adjacent
 * transposition, Damerau 1964), so a swapped pair costs 1.
 *
 * Guard rails, because a wrong correction is worse than none ("brain" must not become
 * "train", "tracking" not "training"): only words of 5+ letters are corrected; exactly one
 * edit; the first letter must match (or be swapped with the second) — people rarely mistype
 * the first letter, while unrelated words often differ there ("reference"/"inference"); words
 * in the `known` set (the lexicon plus common English words one edit from a keyword) are never
 * touched; a tie between two keywords of the same length corrects nothing. Checked against the
 * ~4,800 most frequent 5–12 letter words of the dependencies' READMEs: what is still corrected
 * is an inflection of a keyword ("minute" → "minutes", "chats" → "chat").
 */

export interface Lexicon {
  /** keywords by length, the correction targets */
  byLength: ReadonlyMap<number, readonly string[]>;
  /** words left as typed */
  known: ReadonlySet<string>;
}

export function createLexicon(keywords: Iterable<string>, protectedWords: Iterable<string>): Lexicon {
  const targets = new Set<string>();
  const known = new Set<string>(protectedWords);
  for (const keyword of keywords) {
    known.add(keyword);
    if (keyword.length >= 4 && /^\p{L}+$/u.test(keyword)) targets.add(keyword);
  }
  const byLength = new Map<number, string[]>();
  for (const keyword of targets)
    byLength.set(keyword.length, [...(byLength.get(keyword.length) ?? []), keyword]);
  return { byLength, known };
}

/** Optimal string alignment distance, abandoning once every path exceeds `max` (returns max + 1). */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/**
 * Closest keyword one edit away, or null. Equal distances prefer the longer keyword (typing
 * drops letters more often than it adds them: "imges" → "images", not "imgs"); a tie between
 * keywords of equal length corrects nothing.
 */
export function closestKeyword(word: string, lexicon: Lexicon): string | null {
  if (word.length < 5 || lexicon.known.has(word) || !/^\p{L}+$/u.test(word)) return null;
  let best: string | null = null;
  let tied = false;
  for (let length = word.length + 1; length >= word.length - 1; length--) {
    for (const keyword of lexicon.byLength.get(length) ?? []) {
      if (!sameStart(word, keyword) || editDistance(word, keyword, 1) > 1) continue;
      if (best === null) best = keyword;
      else if (keyword.length === best.length) tied = true;
    }
  }
  return tied ? null : best;
}

/** Same first letter, or the first two letters swapped ("rtain" → "train"). */
function sameStart(word: string, keyword: string): boolean {
  return word[0] === keyword[0] || (word[0] === keyword[1] && word[1] === keyword[0]);
}

/** Returns tokens with unknown words corrected; memoised per lexicon since requests repeat words. */
export function correctTokens(tokens: Token[], lexicon: Lexicon): Token[] {
  const cache = cacheFor(lexicon);
  return tokens.map((token) => {
    if (token.kind !== "word" || token.text.length < 5) return token;
    let corrected = cache.get(token.text);
    if (corrected === undefined) {
      corrected = closestKeyword(token.text, lexicon);
      if (cache.size > 20_000) cache.clear();
      cache.set(token.text, corrected);
    }
    return corrected === null ? token : { ...token, text: corrected, fuzzy: true };
  });
}

const caches = new WeakMap<Lexicon, Map<string, string | null>>();

function cacheFor(lexicon: Lexicon): Map<string, string | null> {
  let cache = caches.get(lexicon);
  if (cache === undefined) {
    cache = new Map();
    caches.set(lexicon, cache);
  }
  return cache;
}
