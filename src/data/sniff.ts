// What a file's text looks like before it is parsed: empty, binary, an HTML page, JSON, or plain text; and whether
// JSON text stops in the middle (a cut-off download) rather than being malformed throughout.

export type TextKind = 'empty' | 'binary' | 'html' | 'json' | 'text';

/** Looks at the first few kilobytes only: enough to tell a data file from an error page or a binary blob. */
export function sniffText(text: string): TextKind {
  const head = text.replace(/^\uFEFF/, '').slice(0, 4096);
  if (head.trim() === '') return text.trim() === '' ? 'empty' : 'text';
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    // NUL, other C0 controls than tab/newline/return, and U+FFFD (bytes that were not UTF-8) mark a binary file.
    if (c === 0) return 'binary';
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  if (odd > Math.max(2, head.length * 0.01)) return 'binary';
  const start = head.trimStart();
  if (/^<(!doctype|html|head|body|\?xml|[a-z]+[\s>])/i.test(start)) return 'html';
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  return 'text';
}

/**
 * True when JSON text ends inside a string or with brackets still open: the file was cut off. Only meaningful for
 * text that starts like JSON and fails to parse.
 */
export function jsonEndsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}
