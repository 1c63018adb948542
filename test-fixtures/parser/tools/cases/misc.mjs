// reg-format.md section 14 "Miscellaneous" (cases 111-113), re-imports of the "Export" cases
// (106-109) and section 8 semantics.
import { DEMO, DEMO_KEY, createKey, dword, raw, sz } from '../ops.mjs';

const V5 = 'Windows Registry Editor Version 5.00';

export default [
  {
    id: 'c111a-no-blank-line-after-header', case: 111, description: 'REGEDIT4 directly followed by the key line',
    lines: ['[HKEY_CURRENT_USER\\Software\\Demo]', '"Color"="Blue"'], operations: [createKey(DEMO, 2), sz('Color', 'Blue', 3)],
  },
  {
    id: 'c111b-utf16-no-blank-line-after-header', case: 111, description: 'UTF-16 file: header directly followed by the key line',
    encoding: 'utf-16le', header: V5, lines: ['[HKEY_CURRENT_USER\\Software\\Demo]', '"Color"="Blue"'],
    operations: [createKey(DEMO, 2), sz('Color', 'Blue', 3)],
  },
  {
    id: 'c112-value-before-first-key', case: 112, description: 'a value before the first key line is dropped',
    lines: ['"Orphan"="x"', '', '[HKEY_CURRENT_USER\\Software\\Demo]', '"Kept"="y"'], operations: [createKey(DEMO, 4), sz('Kept', 'y', 5)],
  },
  {
    id: 'c113-last-assignment-wins', case: 113, description: 'a later assignment of the same value replaces data and type',
    body: ['"V"="one"', '"V"=dword:2'], operations: [DEMO_KEY, sz('V', 'one', 4), dword('V', 2, 5)],
  },
  {
    id: 'c106-export-empty-key', case: 106, description: 'reg export output for an empty key (UTF-16, trailing blank line)',
    encoding: 'utf-16le', header: V5, lines: ['', '[HKEY_CURRENT_USER\\Software\\Demo\\Empty]', ''],
    operations: [createKey(`${DEMO}\\Empty`, 3)],
  },
  {
    id: 'c107-export-multi-sz-wrapped', case: 107, description: 'an exported, wrapped REG_MULTI_SZ imports back to the same bytes',
    encoding: 'utf-16le', header: V5,
    body: [
      '"Multiple strings"=hex(7):4c,00,69,00,6e,00,65,00,31,00,00,00,4c,00,69,00,6e,\\',
      '  00,65,00,32,00,00,00,4c,00,69,00,6e,00,65,00,33,00,00,00,00,00',
      '',
    ],
    operations: [DEMO_KEY, raw('Multiple strings', 7, Buffer.from('Line1\0Line2\0Line3\0\0', 'utf16le').toString('hex'), 4)],
  },
  {
    id: 'c108-export-zero-length-values', case: 108, description: 'exported zero-length values import back with 0 bytes ("" keeps its terminator)',
    encoding: 'utf-16le', header: V5,
    body: ['"none"=hex(0):', '"sz"=""', '"expand"=hex(2):', '"bin"=hex:', '"dw"=hex(4):', '"multi"=hex(7):', '"t100"=hex(100):', '"tabcd"=hex(abcd):', ''],
    operations: [
      DEMO_KEY, raw('none', 0, '', 4), sz('sz', '', 5), raw('expand', 2, '', 6), raw('bin', 3, '', 7),
      raw('dw', 4, '', 8), raw('multi', 7, '', 9), raw('t100', 0x100, '', 10), raw('tabcd', 0xabcd, '', 11),
    ],
  },
  {
    id: 'c109-export-dword-forms', case: 109, description: 'hex(4) with 8 bytes and dword:10203040 as exported',
    encoding: 'utf-16le', header: V5, body: ['"dw8"=hex(4):80,70,60,50,40,30,20,10', '"dw4"=dword:10203040', ''],
    operations: [DEMO_KEY, raw('dw8', 4, '80 70 60 50 40 30 20 10', 4), dword('dw4', 0x10203040, 5)],
  },
  {
    id: 's08a-kb310516-template', case: '§2.1', description: 'the KB 310516 template: header, blank line, keys, typed values and both deletions',
    header: V5,
    body: [
      '"Str"="text"', '"Dw"=dword:00000001', '"Bin"=hex:01,02', '"Exp"=hex(2):25,00', '"Multi"=hex(7):61,00,00',
      '', '[HKEY_CURRENT_USER\\Software\\Demo\\Sub]', '"Gone"=-', '', '[-HKEY_CURRENT_USER\\Software\\Demo\\Sub]',
    ],
    operations: [
      DEMO_KEY, sz('Str', 'text', 4), dword('Dw', 1, 5), raw('Bin', 3, '01 02', 6), raw('Exp', 2, '25 00 00 00', 7),
      raw('Multi', 7, '61 00 00 00 00 00', 8), createKey(`${DEMO}\\Sub`, 10),
      { op: 'deleteValue', key: `${DEMO}\\Sub`, name: 'Gone', line: 11 }, { op: 'deleteKey', key: `${DEMO}\\Sub`, line: 13 },
    ],
  },
  {
    id: 's08b-lines-after-failed-key-until-next-key', case: '§8', description: 'values after a failed key are dropped until the next good key line',
    body: ['[HKEY_BAD\\Software\\Demo]', '"A"="1"', '"B"=dword:2', '[HKEY_CURRENT_USER\\Software\\Demo\\Good]', '"C"="3"'],
    operations: [DEMO_KEY, createKey(`${DEMO}\\Good`, 7), sz('C', '3', 8, `${DEMO}\\Good`)],
  },
];
