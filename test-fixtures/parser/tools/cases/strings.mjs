// reg-format.md section 14 "REG_SZ data" (cases 47-55, 114) and section 7.2.
import { DEMO_KEY, sz } from '../ops.mjs';

export default [
  { id: 'c047-empty-string', case: 47, description: '"" stores a lone terminator (2 bytes)', body: ['"E"=""'], operations: [DEMO_KEY, sz('E', '', 4)] },
  {
    id: 'c048-junk-after-closing-quote', case: 48, description: 'text or a second string after the closing quote: ignored',
    body: ['"S1"="ab"cd"', '"S2"="ab""cd"', '"Ok"="y"'], operations: [DEMO_KEY, sz('Ok', 'y', 6)],
  },
  {
    id: 'c049-missing-data-quotes', case: 49, description: 'data with a missing opening or closing quote: ignored',
    body: ['"S1"=abc"', '"S2"="abc', '"S3"=abc', '"Ok"="y"'], operations: [DEMO_KEY, sz('Ok', 'y', 7)],
  },
  {
    id: 'c050-empty-or-escaped-data', case: 50, description: 'nothing after =, or data starting with \\: ignored',
    body: ['"S1"=', '"S2"=\\"', '"S3"=\\"abc\\"', '"S4"=\\"abc"', '"Ok"="y"'], operations: [DEMO_KEY, sz('Ok', 'y', 8)],
  },
  {
    id: 'c051-string-does-not-continue', case: 51, description: 'a string cannot continue on the next line',
    body: ['"S"="first \\', 'second"', '"Ok"="y"'], operations: [DEMO_KEY, sz('Ok', 'y', 6)],
    note: 'Wine 8.0 regedit /s stops the whole import at this line (later lines are not imported); reg import skips the line and goes on. The spec ([RT][IT], section 8) says the line is ignored and parsing continues; expected follows the spec.',
  },
  {
    id: 'c052-escaped-backslash-then-zero', case: 52, description: '\\\\0 is a backslash and the digit 0',
    body: ['"S"="x\\\\0y"'], operations: [DEMO_KEY, sz('S', 'x\\0y', 4)],
  },
  {
    id: 'c053-nul-escape-rejected', case: 53, description: '\\0 anywhere in a string rejects the line',
    body: ['"S1"="x\\0y"', '"S2"="\\0"', '"S3"="x\\0"', '"S4"="\\0x"', '"Ok"="y"'], operations: [DEMO_KEY, sz('Ok', 'y', 8)],
    note: 'Wine 8.0 regedit /s stops the whole import at this line (later lines are not imported); reg import skips the line and goes on. The spec ([RT][IT], section 8) says the line is ignored and parsing continues; expected follows the spec.',
  },
  {
    id: 'c054-whitespace-inside-string', case: 54, description: 'leading spaces and a trailing tab inside quotes are kept',
    body: ['"S"="  two\t"'], operations: [DEMO_KEY, sz('S', '  two\t', 4)],
  },
  {
    id: 'c055-trailing-whitespace-after-string', case: 55, description: 'spaces and a tab after the closing quote are dropped',
    body: ['"S"="v"  \t'], operations: [DEMO_KEY, sz('S', 'v', 4)],
  },
  {
    id: 'c114-trailing-backslash-escapes-quote', case: 114, description: '"C:\\temp\\" has no closing quote: ignored; the next line is read',
    body: ['"Dir"="C:\\temp\\"', '"Next"="n"'], operations: [DEMO_KEY, sz('Next', 'n', 5)],
  },
  {
    id: 's07-2a-newline-escapes', case: '§7.2', description: '\\n and \\r in a string are LF and CR',
    body: ['"S"="a\\nb\\rc"'], operations: [DEMO_KEY, sz('S', 'a\nb\rc', 4)],
  },
  {
    id: 's07-2b-unknown-escape', case: '§7.2', description: 'an unknown escape keeps the character and drops the backslash',
    body: ['"S"="a\\qb"'], operations: [DEMO_KEY, sz('S', 'aqb', 4)],
  },
  {
    id: 's07-2c-long-string', case: '§3', description: 'lines have no length limit (a 5000-character string)',
    body: [`"Long"="${'abcdefghij'.repeat(500)}"`], operations: [DEMO_KEY, sz('Long', 'abcdefghij'.repeat(500), 4)],
  },
  {
    id: 's07-2d-escaped-quote-in-name-only', case: '§7.1', description: '"A\\"="x": the escaped quote makes the name A"= with junk after it; ignored',
    body: ['"A\\"="x"', '"Ok"="y"'], operations: [DEMO_KEY, sz('Ok', 'y', 5)],
  },
];
