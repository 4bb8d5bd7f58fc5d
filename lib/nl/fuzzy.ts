import type { Token } from "./tokenize";

/**
 * Typo tolerance: a word the parser does not know is replaced by the single closest keyword
 * of the lexicon ("imges" → "images", "genrate" → "generate", "trainig" → "training",
 * "stabel" → "stable"). Distance is optimal string alignment (Levenshtein plus adjacent
 * transposition, Damerau 1964), so a swapped pair costs 1.
 *
 * Guard rails, because a wrong correction is worse than none ("brain" must not become
 * "train"): only words of 5+ letters are corrected; at most 1 edit below 8 letters, 2 from 8;
 * words in the `known` set (the lexicon plus common English words near a keyword) are never
 * touched; a tie between two keywords corrects nothing.
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
 * Closest keyword within the allowed distance, or null. Equal distances prefer the longer
 * keyword (typing drops letters more often than it adds them: "imges" → "images", not "imgs");
 * a tie between keywords of equal length corrects nothing.
 */
export function closestKeyword(word: string, lexicon: Lexicon): string | null {
  if (word.length < 5 || lexicon.known.has(word) || !/^\p{L}+$/u.test(word)) return null;
  const max = word.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = max + 1;
  let tied = false;
  for (let length = word.length + max; length >= word.length - max; length--) {
    for (const keyword of lexicon.byLength.get(length) ?? []) {
      const distance = editDistance(word, keyword, max);
      if (distance < bestDistance) {
        best = keyword;
        bestDistance = distance;
        tied = false;
      } else if (distance === bestDistance && keyword.length === best?.length) {
        tied = true;
      }
    }
  }
  return best !== null && bestDistance <= max && !tied ? best : null;
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
