// Reads a Wine registry hive file (user.reg / system.reg, "WINE REGISTRY Version 2") into
// { keys: Map<lower-case path, { path, values: Map<lower-case name, { name, type, data }> }> }
// where data is the lower-case hex of the stored bytes. Keys that Wine does not write on their
// own (they only have subkeys) are added as ancestors of the written ones.

/** Undoes Wine's dump_strW escaping, stopping at the unescaped `stop` character. */
function unescape(text, start, stop) {
  let out = '';
  let i = start;
  while (i < text.length && text[i] !== stop) {
    let c = text[i++];
    if (c !== '\\') {
      out += c;
      continue;
    }
    c = text[i++];
    const simple = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
    if (c in simple) {
      out += simple[c];
    } else if (c === 'x') {
      const m = /^[0-9a-fA-F]{1,4}/.exec(text.slice(i, i + 4));
      out += String.fromCharCode(parseInt(m[0], 16));
      i += m[0].length;
    } else if (c >= '0' && c <= '7') {
      const m = /^[0-7]{1,3}/.exec(text.slice(i - 1, i + 2));
      out += String.fromCharCode(parseInt(m[0], 8));
      i += m[0].length - 1;
    } else {
      out += c;
    }
  }
  return { value: out, end: i + 1 };
}

function parseData(text) {
  if (text.startsWith('"')) return { type: 1, data: stringData(text, 0) };
  let m = /^str\(([0-9a-f]+)\):/.exec(text);
  if (m) return { type: parseInt(m[1], 16), data: stringData(text, m[0].length) };
  m = /^dword:([0-9a-f]{8})$/.exec(text);
  if (m) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(parseInt(m[1], 16));
    return { type: 4, data: b.toString('hex') };
  }
  m = /^hex(?:\(([0-9a-f]+)\))?:(.*)$/s.exec(text);
  if (m) return { type: m[1] === undefined ? 3 : parseInt(m[1], 16), data: m[2].replace(/[^0-9a-f]/g, '') };
  throw new Error(`unknown value data in hive: ${text.slice(0, 60)}`);
}

function stringData(text, quoteAt) {
  const { value } = unescape(text, quoteAt + 1, '"');
  return Buffer.from(value + '\0', 'utf16le').toString('hex');
}

/** `rootName` is prefixed to every key path, e.g. 'HKEY_CURRENT_USER'. */
export function parseHive(content, rootName) {
  const keys = new Map();
  const ensure = (path) => {
    const lower = path.toLowerCase();
    if (!keys.has(lower)) keys.set(lower, { path, values: new Map() });
    return keys.get(lower);
  };
  // Join hex continuations ("\\\n  ") first so that every value is on one line.
  const lines = content.replace(/\\\n {2}/g, '').split('\n');
  let current = null;
  for (const line of lines) {
    if (line.startsWith('[')) {
      const { value } = unescape(line, 1, ']');
      const path = `${rootName}\\${value}`;
      current = ensure(path);
      const parts = path.split('\\');
      for (let n = 1; n < parts.length; n++) ensure(parts.slice(0, n).join('\\'));
    } else if (current && (line.startsWith('"') || line.startsWith('@='))) {
      let name = '';
      let rest;
      if (line.startsWith('@=')) {
        rest = line.slice(2);
      } else {
        const r = unescape(line, 1, '"');
        name = r.value;
        rest = line.slice(r.end + 1); // skip the '='
      }
      current.values.set(name.toLowerCase(), { name, ...parseData(rest) });
    }
  }
  return keys;
}
