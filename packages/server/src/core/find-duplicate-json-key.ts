/*
 * One open object or array while scanning: the keys seen so far (objects), and where it sits in its
 * parent, so a duplicate can be named like `items[0].id`.
 */
interface Frame {
  keys: Set<string> | null;
  /** The key being read in this object, or the index in this array. */
  at: string | number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/**
 * Finds the first key that an object of a JSON text repeats, at any depth, and returns its path
 * (`flow`, `items[0].id`), or `undefined` when every object's keys are distinct.
 *
 * `JSON.parse` keeps the last of two equal keys and a reviver only sees the survivor, so the raw text
 * is scanned: one pass, no regular expression, a set per object. Keys are compared decoded, so
 * `"flow"` and `"\u0066low"` are the same key. Call it only on text `JSON.parse` accepted: it relies on
 * the text being valid JSON.
 *
 * @example
 * findDuplicateJsonKey('{"flow":"a","flow":"b"}'); // 'flow'
 * findDuplicateJsonKey('{"items":[{"id":"si_1","\\u0069d":"si_2"}]}'); // 'items[0].id'
 */
export function findDuplicateJsonKey(text: string): string | undefined {
  // Every key is followed by a colon, so a text with fewer than two holds no repeat (the common
  // `{"flow":"..."}`, found by a native search instead of the loop below).
  if (text.indexOf(':', text.indexOf(':') + 1) === -1) return undefined;
  const stack: Frame[] = [];
  // True right after `{` or after `,` in an object: the next string is a key, not a value.
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === QUOTE) {
      const end = endOfString(text, i);
      const frame = stack[stack.length - 1];
      if (expectKey && frame?.keys) {
        const key = decodeKey(text, i, end);
        if (frame.keys.has(key)) return pathOf(stack, key);
        frame.keys.add(key);
        frame.at = key;
        expectKey = false;
      }
      i = end;
    } else if (char === OPEN_OBJECT) {
      stack.push({ keys: new Set(), at: '' });
      expectKey = true;
    } else if (char === OPEN_ARRAY) {
      stack.push({ keys: null, at: 0 });
      expectKey = false;
    } else if (char === CLOSE_OBJECT || char === CLOSE_ARRAY) {
      stack.pop();
      expectKey = false;
    } else if (char === COMMA) {
      const frame = stack[stack.length - 1];
      if (frame?.keys) expectKey = true;
      else if (frame) frame.at = (frame.at as number) + 1;
    }
  }
  return undefined;
}

/** The index of the quote that closes the string opening at `start`. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const char = text.charCodeAt(i);
    if (char === QUOTE || Number.isNaN(char)) return i;
    i += char === BACKSLASH ? 2 : 1;
  }
}

function decodeKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end);
  // Escapes are rare in keys; only then is the key decoded, by the same rules JSON.parse used.
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end + 1)) as string) : raw;
}

function pathOf(stack: readonly Frame[], key: string): string {
  let path = '';
  for (let depth = 0; depth < stack.length - 1; depth++) {
    const at = stack[depth]!.at;
    path += typeof at === 'number' ? `[${at}]` : path === '' && depth === 0 ? at : `.${at}`;
  }
  return path === '' ? key : `${path}.${key}`;
}
