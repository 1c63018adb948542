// Every conformance case, grouped as in reg-format.md section 14.
import header from './header.mjs';
import comments from './comments.mjs';
import keys from './keys.mjs';
import names from './names.mjs';
import strings from './strings.mjs';
import dword from './dword.mjs';
import hex from './hex.mjs';
import continuation from './continuation.mjs';
import hexstrings from './hexstrings.mjs';
import deletion from './deletion.mjs';
import misc from './misc.mjs';
import win31 from './win31.mjs';
import limits from './limits.mjs';
import traps from './traps.mjs';
import whitespace from './whitespace.mjs';

export const groups = [
  { title: 'Header and encoding', cases: header },
  { title: 'Blank lines and comments', cases: comments },
  { title: 'Keys', cases: keys },
  { title: 'Value names', cases: names },
  { title: 'REG_SZ data', cases: strings },
  { title: 'REG_DWORD', cases: dword },
  { title: 'REG_BINARY and hex(N)', cases: hex },
  { title: 'Line continuation', cases: continuation },
  { title: 'String types in hex form', cases: hexstrings },
  { title: 'Value deletion', cases: deletion },
  { title: 'Windows 3.1 format', cases: win31 },
  { title: 'Other roots, limits and encodings', cases: limits },
  { title: 'Miscellaneous and export round trips', cases: misc },
  { title: 'More traps', cases: traps },
  { title: 'Only space and tab are whitespace', cases: whitespace },
];

export const allCases = groups.flatMap((g) => g.cases);
