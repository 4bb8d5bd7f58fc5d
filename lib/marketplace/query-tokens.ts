/**
 * Tokenizer of the marketplace query language (query-language.ts). Positions are UTF-16 offsets
 * into the input, as the query bar's text selection uses them.
 *
 * - words: maximal runs of anything but whitespace and `= < > [ ] ,` (`!` is a word character
 *   unless it starts `!=`), so `$3/hr`, `us-east-1` and `-gpu_price` are single words;
 * - strings: `"…"` or `'…'`, opened only at the start of a token (so `80's` stays a word); a
 *   backslash takes the next character literally;
 * - operators `= != < <= > >=`, and the punctuation `[ ] ,`.
 */

export type TokenKind = "word" | "string" | "op" | "lbracket" | "rbracket" | "comma";

export interface Token {
  kind: TokenKind;
  /** the word, operator or punctuation as typed; a string's content without quotes and escapes */
  text: string;
  position: number;
  length: number;
}

export interface QueryError {
  message: string;
  position: number;
  length: number;
  token: string;
}

const whitespace = /\s/;
const punctuation: Readonly<Record<string, TokenKind>> = { "[": "lbracket", "]": "rbracket", ",": "comma" };
const operatorStart = new Set(["=", "<", ">"]);

function isOperatorAt(input: string, i: number): boolean {
  const c = input[i] ?? "";
  return operatorStart.has(c) || (c === "!" && input[i + 1] === "=");
}

function endsWord(input: string, i: number): boolean {
  const c = input[i];
  return c === undefined || whitespace.test(c) || c in punctuation || isOperatorAt(input, i);
}

export function tokenize(input: string): { tokens: Token[]; errors: QueryError[] } {
  const tokens: Token[] = [];
  const errors: QueryError[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i] ?? "";
    const start = i;
    if (whitespace.test(c)) {
      i++;
    } else if (c in punctuation) {
      tokens.push({ kind: punctuation[c] ?? "comma", text: c, position: i, length: 1 });
      i++;
    } else if (isOperatorAt(input, i)) {
      const text = input[i + 1] === "=" ? input.slice(i, i + 2) : c;
      tokens.push({ kind: "op", text, position: i, length: text.length });
      i += text.length;
    } else if (c === '"' || c === "'") {
      let text = "";
      i++;
      while (i < input.length && input[i] !== c) {
        if (input[i] === "\\" && i + 1 < input.length) i++;
        text += input[i] ?? "";
        i++;
      }
      if (i >= input.length) {
        const token = input.slice(start);
        errors.push({ message: `unclosed '${c}'`, position: start, length: token.length, token });
      }
      i = Math.min(i + 1, input.length);
      tokens.push({ kind: "string", text, position: start, length: i - start });
    } else {
      while (!endsWord(input, i)) i++;
      tokens.push({ kind: "word", text: input.slice(start, i), position: start, length: i - start });
    }
  }
  return { tokens, errors };
}

/** True when `value` tokenizes back to one word with the same text, so it needs no quotes. */
export function isBareWord(value: string): boolean {
  if (value === "" || value.startsWith('"') || value.startsWith("'") || isOperatorAt(value, 0)) return false;
  for (let i = 0; i < value.length; i++) if (endsWord(value, i)) return false;
  return true;
}

/** The canonical spelling of a value: bare when possible, else double-quoted with escapes. */
export function quoteValue(value: string): string {
  return isBareWord(value) ? value : `"${value.replace(/[\\"]/g, "\\$&")}"`;
}
