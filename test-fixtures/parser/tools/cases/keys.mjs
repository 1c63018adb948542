// reg-format.md section 14 "Keys" (cases 24-38) and section 6.
import { DEMO, DEMO_KEY, deleteKey, demoKey, dword, sz } from '../ops.mjs';

const sub = (path) => `${DEMO}\\${path}`;

export default [
  {
    id: 'c024-quote-in-key-name', case: 24, description: 'a double quote in a key name is an ordinary character',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\a"b]', '"V"="x"'],
    operations: [DEMO_KEY, demoKey('a"b', 4), sz('V', 'x', 5, sub('a"b'))],
  },
  {
    id: 'c025-url-key-name', case: 25, description: 'slashes and colons stay in one key name',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\ftp://host/x]', '"V"="x"'],
    operations: [DEMO_KEY, demoKey('ftp://host/x', 4), sz('V', 'x', 5, sub('ftp://host/x'))],
  },
  {
    id: 'c026-whitespace-before-bracket', case: 26, description: 'tab and space before [ are allowed',
    body: ['\t [HKEY_CURRENT_USER\\Software\\Demo\\Sub]', '"V"="x"'],
    operations: [DEMO_KEY, demoKey('Sub', 4), sz('V', 'x', 5, sub('Sub'))],
  },
  {
    id: 'c027a-space-after-bracket', case: 27, description: 'a space after [ ignores the key line; the previous key stays open',
    body: ['[ HKEY_CURRENT_USER\\Software\\Demo\\K1]', '"V"="x"'],
    operations: [DEMO_KEY, sz('V', 'x', 5)],
  },
  {
    id: 'c027b-tab-after-bracket', case: 27, description: 'a tab after [ ignores the key line; the previous key stays open',
    body: ['[\tHKEY_CURRENT_USER\\Software\\Demo\\K1]', '"V"="x"'],
    operations: [DEMO_KEY, sz('V', 'x', 5)],
  },
  {
    id: 'c028-missing-closing-bracket', case: 28, description: 'no ] ignores the key line; the previous key stays open',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\K2', '"V"="x"'],
    operations: [DEMO_KEY, sz('V', 'x', 5)],
  },
  {
    id: 'c029-missing-opening-bracket', case: 29, description: 'no [ makes the line junk; the previous key stays open',
    body: ['HKEY_CURRENT_USER\\Software\\Demo\\K3]', '"V"="x"'],
    operations: [DEMO_KEY, sz('V', 'x', 5)],
  },
  {
    id: 'c030a-trailing-space-in-key', case: 30, description: 'a space before ] is part of the last key name',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\K4 ]', '"V"="x"'],
    operations: [DEMO_KEY, demoKey('K4 ', 4), sz('V', 'x', 5, sub('K4 '))],
  },
  {
    id: 'c030b-trailing-tab-in-key', case: 30, description: 'a tab before ] is part of the last key name',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\K4\t]', '"V"="x"'],
    operations: [DEMO_KEY, demoKey('K4\t', 4), sz('V', 'x', 5, sub('K4\t'))],
  },
  {
    id: 'c031a-trailing-backslash', case: 31, description: 'one trailing backslash opens the key itself',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\K5\\]', '"V"="x"'],
    operations: [DEMO_KEY, demoKey('K5', 4), sz('V', 'x', 5, sub('K5'))],
  },
  {
    id: 'c031b-two-trailing-backslashes', case: 31, description: 'two trailing backslashes open the key itself',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\K5\\\\]', '"V"="x"'],
    operations: [DEMO_KEY, demoKey('K5', 4), sz('V', 'x', 5, sub('K5'))],
  },
  {
    id: 'c031c-four-trailing-backslashes', case: 31, description: 'four trailing backslashes open the key itself',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\K5\\\\\\\\]', '"V"="x"'],
    operations: [DEMO_KEY, demoKey('K5', 4), sz('V', 'x', 5, sub('K5'))],
  },
  {
    id: 'c032-mixed-case-root', case: 32, description: 'root names are case-insensitive; key reported with the full root name',
    body: ['[hKeY_cUrReNt_UsEr\\Software\\Demo\\Mixed]', '"V"="x"'],
    operations: [DEMO_KEY, demoKey('Mixed', 4), sz('V', 'x', 5, sub('Mixed'))],
  },
  {
    id: 'c033-unknown-root', case: 33, description: 'an unknown root clears the current key: the next value is dropped',
    body: ['[HKEY_CURRENT_USERX\\Software\\Demo\\K6]', '"V"=dword:1'],
    operations: [DEMO_KEY],
  },
  {
    id: 's06a-root-with-extra-s', case: '§6.2', description: 'HKEY_CURRENT_USERS is not a root: key ignored, value dropped',
    body: ['[HKEY_CURRENT_USERS\\Software\\Demo\\K6]', '"V"=dword:1'],
    operations: [DEMO_KEY],
  },
  {
    id: 'c034a-key-split-after-backslash', case: 34, description: 'a key name cannot continue on the next line (split after \\)',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\', 'K7]', '"V"="x"'],
    operations: [DEMO_KEY, sz('V', 'x', 6)],
  },
  {
    id: 'c034b-key-split-before-backslash', case: 34, description: 'a key name cannot continue on the next line (split before \\)',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo', '\\K7]', '"V"="x"'],
    operations: [DEMO_KEY, sz('V', 'x', 6)],
  },
  {
    id: 'c035-delete-key-subtree', case: 35, description: '[-key] deletes the key and all its subkeys',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\Old\\Sub]', '"X"="1"', '[-HKEY_CURRENT_USER\\Software\\Demo\\Old]'],
    operations: [DEMO_KEY, demoKey('Old\\Sub', 4), sz('X', '1', 5, sub('Old\\Sub')), deleteKey(sub('Old'), 6)],
  },
  {
    id: 'c036a-space-before-minus', case: 36, description: '[ -key] is ignored (space after [): nothing deleted, key stays open',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\Old]', '"X"="1"', '[ -HKEY_CURRENT_USER\\Software\\Demo\\Old]', '"Y"="2"'],
    operations: [DEMO_KEY, demoKey('Old', 4), sz('X', '1', 5, sub('Old')), sz('Y', '2', 7, sub('Old'))],
  },
  {
    id: 'c036b-tab-before-minus', case: 36, description: '[\\t-key] is ignored (tab after [): nothing deleted, key stays open',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\Old]', '"X"="1"', '[\t-HKEY_CURRENT_USER\\Software\\Demo\\Old]', '"Y"="2"'],
    operations: [DEMO_KEY, demoKey('Old', 4), sz('X', '1', 5, sub('Old')), sz('Y', '2', 7, sub('Old'))],
  },
  {
    id: 'c036c-space-after-minus', case: 36, description: '[- key] deletes nothing but still closes the current key',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\Old]', '"X"="1"', '[- HKEY_CURRENT_USER\\Software\\Demo\\Old]', '"Y"="2"'],
    operations: [DEMO_KEY, demoKey('Old', 4), sz('X', '1', 5, sub('Old'))],
  },
  {
    id: 'c036d-tab-after-minus', case: 36, description: '[-\\tkey] deletes nothing but still closes the current key',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\Old]', '"X"="1"', '[-\tHKEY_CURRENT_USER\\Software\\Demo\\Old]', '"Y"="2"'],
    operations: [DEMO_KEY, demoKey('Old', 4), sz('X', '1', 5, sub('Old'))],
  },
  {
    id: 'c037-delete-key-case-insensitive', case: 37, description: 'key deletion matches root and path case-insensitively',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\Old]', '"X"="1"', '[-hkey_current_user\\SOFTWARE\\demo\\old]'],
    operations: [DEMO_KEY, demoKey('Old', 4), sz('X', '1', 5, sub('Old')), deleteKey('HKEY_CURRENT_USER\\SOFTWARE\\demo\\old', 6)],
  },
  {
    id: 'c038-value-after-key-deletion', case: 38, description: 'after [-key] no key is current: the next value is dropped',
    body: ['[-HKEY_CURRENT_USER\\Software\\Demo\\Old]', '"V"=dword:1'],
    operations: [DEMO_KEY, deleteKey(sub('Old'), 4)],
  },
  {
    id: 's06b-last-closing-bracket', case: '§6.1', description: 'the key name runs to the last ] on the line',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\a]b]', '"V"="x"'],
    operations: [DEMO_KEY, demoKey('a]b', 4), sz('V', 'x', 5, sub('a]b'))],
  },
  {
    id: 's06c-empty-brackets', case: '§6.1', description: '[] names no root: the current key is cleared',
    body: ['[]', '"V"="x"'],
    operations: [DEMO_KEY],
  },
  {
    id: 's06d-intermediate-keys', case: '§6.1', description: 'a deep path creates the intermediate keys; subkeys are case-insensitive',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\A\\B\\C]', '"V"="x"', '[HKEY_CURRENT_USER\\Software\\Demo\\a\\b]', '"W"="y"'],
    operations: [DEMO_KEY, demoKey('A\\B\\C', 4), sz('V', 'x', 5, sub('A\\B\\C')), demoKey('a\\b', 6), sz('W', 'y', 7, sub('a\\b'))],
  },
  {
    id: 's06e-abbreviated-root-regedit', case: '§6.2', importer: 'regedit',
    description: 'regedit: HKCU is not a root name; the key fails and its values are dropped',
    body: ['[HKCU\\Software\\Demo\\Abbr]', '"V"="x"'],
    operations: [DEMO_KEY],
  },
  {
    id: 's06f-abbreviated-root-reg', case: '§6.2', importer: 'reg',
    description: 'reg import: HKCU is accepted and reported as HKEY_CURRENT_USER',
    body: ['[HKCU\\Software\\Demo\\Abbr]', '"V"="x"'],
    operations: [DEMO_KEY, demoKey('Abbr', 4), sz('V', 'x', 5, sub('Abbr'))],
  },
  {
    id: 's06g-repeated-key-merges', case: '§8', description: 'repeating a key line reopens the key; values merge',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\K]', '"A"="1"', '[HKEY_CURRENT_USER\\Software\\Demo\\Other]', '[HKEY_CURRENT_USER\\Software\\Demo\\K]', '"B"="2"'],
    operations: [DEMO_KEY, demoKey('K', 4), sz('A', '1', 5, sub('K')), demoKey('Other', 6), demoKey('K', 7), sz('B', '2', 8, sub('K'))],
  },
  {
    id: 's06h-delete-then-create', case: '§8', description: '[-K] then [K] recreates K empty',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\K]', '"A"="1"', '[-HKEY_CURRENT_USER\\Software\\Demo\\K]', '[HKEY_CURRENT_USER\\Software\\Demo\\K]', '"B"="2"'],
    operations: [DEMO_KEY, demoKey('K', 4), sz('A', '1', 5, sub('K')), deleteKey(sub('K'), 6), demoKey('K', 7), sz('B', '2', 8, sub('K'))],
  },
  {
    id: 's06i-create-then-delete', case: '§8', description: '[K] then [-K] leaves K deleted',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\K]', '"A"="1"', '[-HKEY_CURRENT_USER\\Software\\Demo\\K]'],
    operations: [DEMO_KEY, demoKey('K', 4), sz('A', '1', 5, sub('K')), deleteKey(sub('K'), 6)],
  },
  {
    id: 's06j-delete-missing-key', case: '§6.3', description: 'deleting a key that does not exist is silent; later key lines work',
    body: ['[-HKEY_CURRENT_USER\\Software\\Demo\\Missing]', '[HKEY_CURRENT_USER\\Software\\Demo\\After]', '"V"=dword:1'],
    operations: [DEMO_KEY, deleteKey(sub('Missing'), 4), demoKey('After', 5), dword('V', 1, 6, sub('After'))],
  },
  {
    id: 's06k-bad-root-deletion-reg', case: '§6.3', importer: 'reg',
    description: 'reg import: [-BADROOT\\x] is ignored and the import goes on',
    body: ['[-HKEY_BOGUS\\Software\\Demo]', '[HKEY_CURRENT_USER\\Software\\Demo\\After]', '"V"=dword:1'],
    operations: [DEMO_KEY, demoKey('After', 5), dword('V', 1, 6, sub('After'))],
  },
  {
    id: 's06l-key-line-leading-whitespace-and-value', case: 26, description: 'a key line indented with spaces then a value',
    body: ['    [HKEY_CURRENT_USER\\Software\\Demo\\Indented]', '    "V"=dword:2'],
    operations: [DEMO_KEY, demoKey('Indented', 4), dword('V', 2, 5, sub('Indented'))],
  },
];
