// reg-format.md section 14 "Blank lines and comments" (cases 16-23) and section 5.
import { DEMO_KEY, demoKey, sz } from '../ops.mjs';
import { DEMO } from '../ops.mjs';

export default [
  {
    id: 'c016-blank-lines-between-values', case: 16, description: 'several blank lines between values',
    body: ['"A"="1"', '', '', '', '"B"="2"'], operations: [DEMO_KEY, sz('A', '1', 4), sz('B', '2', 8)],
  },
  {
    id: 'c017-full-line-comments', case: 17, description: '; and # full-line comments, also indented, are ignored',
    body: ['; note', '# note', '  ;"X"="1"', '\t#"Y"="2"', '"Z"="ok"'], operations: [DEMO_KEY, sz('Z', 'ok', 8)],
  },
  {
    id: 'c018a-hash-comment-backslash', case: 18, description: 'a backslash at the end of a # comment does not continue it',
    body: ['#note\\', '"A"="1"'], operations: [DEMO_KEY, sz('A', '1', 5)],
  },
  {
    id: 'c018b-semicolon-comment-backslash', case: 18, description: 'a backslash at the end of a ; comment does not continue it',
    body: [';note\\', '"A"="1"'], operations: [DEMO_KEY, sz('A', '1', 5)],
  },
  {
    id: 'c019-semicolon-after-string', case: 19, description: '; comment right after a string, or after tabs',
    body: ['"A"="1";note', '"B"="1"\t\t;note'], operations: [DEMO_KEY, sz('A', '1', 4), sz('B', '1', 5)],
  },
  {
    id: 'c020-hash-after-string', case: 20, description: '# after a string makes the line invalid',
    body: ['"A"="1"#note', '"B"="1"  #note', '"C"="ok"'], operations: [DEMO_KEY, sz('C', 'ok', 6)],
  },
  {
    id: 'c021-comment-chars-in-string', case: 21, description: '# and ; inside quotes are data',
    body: ['"A"="x#y;z"'], operations: [DEMO_KEY, sz('A', 'x#y;z', 4)],
  },
  {
    id: 'c022-comment-as-data', case: 22, description: 'a comment where the data should be: line ignored',
    body: ['"A"=#"1"', '"B"=;"1"', '"C"=#dword:1', '"D"=;dword:1', '"E"="ok"'], operations: [DEMO_KEY, sz('E', 'ok', 8)],
  },
  {
    id: 'c023-plain-text-lines', case: 23, description: 'lines not starting with [, @ or " are ignored',
    body: ['Plain text line', 'NameNoQuotes="x"', 'HKEY_CURRENT_USER\\Software\\Demo\\K', '-"A"="1"', ']"B"="2"', '"C"="ok"'],
    operations: [DEMO_KEY, sz('C', 'ok', 9)],
  },
  {
    id: 's05a-comment-after-key', case: '§5', description: 'anything after the closing ] of a key line is ignored (; or #)',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\A] ; note', '"V"="1"', '[HKEY_CURRENT_USER\\Software\\Demo\\B] # note', '"V"="2"'],
    operations: [DEMO_KEY, demoKey('A', 4), sz('V', '1', 5, `${DEMO}\\A`), demoKey('B', 6), sz('V', '2', 7, `${DEMO}\\B`)],
  },
];
