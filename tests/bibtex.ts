// A strict little BibTeX reader for the tests: the citation's BibTeX must parse the way BibTeX itself reads it
// (entries `@type{key, name = {value}, …}`, braces counted whether escaped or not, `"…"` and bare numbers as values).
export interface BibEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
}

export class BibParseError extends Error {}

export function parseBibtex(src: string): BibEntry[] {
  let i = 0;
  const fail = (msg: string): never => {
    throw new BibParseError(`${msg} at offset ${i}: …${src.slice(Math.max(0, i - 20), i + 20)}…`);
  };
  const ws = () => {
    while (i < src.length && /\s/.test(src[i] as string)) i++;
  };
  const ident = (what: string, re: RegExp) => {
    const start = i;
    while (i < src.length && re.test(src[i] as string)) i++;
    if (i === start) fail(`expected ${what}`);
    return src.slice(start, i);
  };
  const expect = (ch: string) => {
    ws();
    if (src[i] !== ch) fail(`expected "${ch}"`);
    i++;
  };
  const braced = () => {
    // i is just past the opening brace; BibTeX balances every brace, backslash or not.
    let depth = 1;
    const start = i;
    while (i < src.length) {
      const ch = src[i];
      if (ch === '{') depth++;
      else if (ch === '}') {
        depth--;
        if (depth === 0) return src.slice(start, i++);
      }
      i++;
    }
    return fail('unterminated braced value');
  };
  const value = () => {
    ws();
    const ch = src[i];
    if (ch === '{') {
      i++;
      return braced();
    }
    if (ch === '"') {
      i++;
      const start = i;
      let depth = 0;
      while (i < src.length && !(src[i] === '"' && depth === 0)) {
        if (src[i] === '{') depth++;
        if (src[i] === '}') depth--;
        if (depth < 0) fail('unbalanced brace in quoted value');
        i++;
      }
      if (i >= src.length) fail('unterminated quoted value');
      return src.slice(start, i++);
    }
    return ident('a value', /[0-9]/);
  };
  const out: BibEntry[] = [];
  for (;;) {
    ws();
    if (i >= src.length) break;
    if (src[i] !== '@') fail('expected "@"');
    i++;
    const type = ident('an entry type', /[A-Za-z]/).toLowerCase();
    expect('{');
    ws();
    const key = ident('a key', /[^\s,{}()"#%'=\\]/);
    const fields: Record<string, string> = {};
    for (;;) {
      ws();
      if (src[i] === '}') {
        i++;
        break;
      }
      expect(',');
      ws();
      if (src[i] === '}') {
        i++;
        break;
      }
      const name = ident('a field name', /[A-Za-z0-9_:-]/).toLowerCase();
      expect('=');
      if (name in fields) fail(`duplicate field "${name}"`);
      fields[name] = value();
    }
    out.push({ type, key, fields });
  }
  return out;
}

/** LaTeX text commands back to characters, to compare a field's text with what was escaped into it. */
export function unescapeLatex(s: string): string {
  return s
    .replace(/\\textbackslash\{\}/g, '\\')
    .replace(/\\textbraceleft\{\}/g, '{')
    .replace(/\\textbraceright\{\}/g, '}')
    .replace(/\\textasciitilde\{\}/g, '~')
    .replace(/\\textasciicircum\{\}/g, '^')
    .replace(/\\([&%$#_])/g, '$1');
}
