/**
 * Tokeniser shared by every extractor. Text is NFKC-normalised and lower-cased; letters and
 * digits are split apart ("h100" → "h" "100", "48gb" → "48" "gb", "8x7b" → "8" "x" "7" "b") so
 * one matcher handles "H100", "h-100" and "h100s" alike. `joined` records that a token touches
 * the previous one with no character in between, which tells "a100" (a GPU) from "a 100" (a
 * number) and "30m" from "30 m".
 */

export type TokenKind = "num" | "word" | "sym";

export interface Token {
  /** lower-cased text; for words possibly replaced by a fuzzy correction */
  text: string;
  kind: TokenKind;
  /** numeric value of a `num` token (commas removed, "1e6" expanded); NaN otherwise */
  value: number;
  start: number;
  end: number;
  joined: boolean;
  /** true when `text` is a fuzzy correction of what was typed */
  fuzzy: boolean;
}

/** Longer inputs are cut: a workload request fits in far less, and parse time stays bounded. */
export const maxInputChars = 4000;

const tokenPattern = /\d+(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+|\p{L}+|[^\s\p{L}\p{N}]/gu;

/** NFKC (full-width digits, ligatures, "²" → plain forms), unified dashes and quotes; case kept. */
export function foldText(text: string): string {
  return text
    .slice(0, maxInputChars)
    .normalize("NFKC")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019]/g, "'");
}

export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalized.matchAll(tokenPattern)) {
    const raw = match[0];
    const start = match.index;
    const previous = tokens[tokens.length - 1];
    const joined = previous !== undefined && previous.end === start;
    if (/^[\d.,]/.test(raw) && /\d/.test(raw)) {
      tokens.push(numberToken(raw, start, joined));
    } else if (/^\p{L}/u.test(raw)) {
      pushWord(tokens, raw, start, joined, previous);
    } else {
      tokens.push({
        text: raw,
        kind: "sym",
        value: Number.NaN,
        start,
        end: start + raw.length,
        joined,
        fuzzy: false,
      });
    }
  }
  return mergeExponents(tokens);
}

function numberToken(raw: string, start: number, joined: boolean): Token {
  return {
    text: raw,
    kind: "num",
    value: Number(raw.replace(/,/g, "")),
    start,
    end: start + raw.length,
    joined,
    fuzzy: false,
  };
}

/** "8xh100" arrives as "8" "xh" "100": split the multiplication sign off the letters. */
function pushWord(tokens: Token[], raw: string, start: number, joined: boolean, previous: Token | undefined) {
  const word = (text: string, at: number, isJoined: boolean): Token => ({
    text,
    kind: "word",
    value: Number.NaN,
    start: at,
    end: at + text.length,
    joined: isJoined,
    fuzzy: false,
  });
  if (
    joined &&
    previous?.kind === "num" &&
    raw.length > 1 &&
    raw.startsWith("x") &&
    /^x(h|a|l|b|t|v|r|m|g)/.test(raw)
  ) {
    tokens.push(word("x", start, true));
    tokens.push(word(raw.slice(1), start + 1, true));
    return;
  }
  tokens.push(word(raw, start, joined));
}

/** "1e6" is tokenised as "1" "e" "6": fold the exponent back into the number. */
function mergeExponents(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    const letter = tokens[i + 1];
    const digits = tokens[i + 2];
    const following = tokens[i + 3];
    const isExponent =
      token.kind === "num" &&
      letter?.text === "e" &&
      letter.joined &&
      digits?.kind === "num" &&
      digits.joined &&
      !(following?.joined === true && following.kind === "word");
    if (isExponent && digits !== undefined) {
      const text = `${token.text}e${digits.text}`;
      out.push({ ...token, text, value: Number(text.replace(/,/g, "")), end: digits.end });
      i += 2;
      continue;
    }
    out.push(token);
  }
  return out;
}
