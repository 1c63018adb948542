// reg-format.md section 14 "Windows 3.1 format" (cases 103-105, and 15) and section 11.
import { createKey, sz } from '../ops.mjs';

const HKCR = 'HKEY_CLASSES_ROOT';

/** A Windows 3.1 line sets the default value of its key (creating the key). */
function win31(key, value, line) {
  return [createKey(`${HKCR}\\${key}`, line), sz('', value, line, `${HKCR}\\${key}`)];
}

export default [
  {
    id: 'c015-regedit-header-win31-mode', case: 15, description: 'header REGEDIT selects the Windows 3.1 format: version 4/5 lines import nothing',
    header: 'REGEDIT', body: ['"Color"="Blue"'], operations: [],
  },
  {
    id: 'c103-win31-default-value', case: 103, description: 'Windows 3.1: "HKEY_CLASSES_ROOT\\.demo = demofile" sets the default value',
    header: 'REGEDIT', lines: ['HKEY_CLASSES_ROOT\\.demo = demofile'], operations: win31('.demo', 'demofile', 2),
  },
  {
    id: 'c104a-win31-equals-and-spaces', case: 104, description: 'Windows 3.1: one = and at most one following space are skipped; trailing spaces kept',
    header: 'REGEDIT',
    lines: ['HKEY_CLASSES_ROOT\\.demo1 =demofile', 'HKEY_CLASSES_ROOT\\.demo2 =  demofile', 'HKEY_CLASSES_ROOT\\.demo3 = demofile '],
    operations: [...win31('.demo1', 'demofile', 2), ...win31('.demo2', ' demofile', 3), ...win31('.demo3', 'demofile ', 4)],
  },
  {
    id: 'c104b-win31-no-equals', case: 104, description: 'Windows 3.1: without =, whitespace separates key and value; key alone gives ""',
    header: 'REGEDIT',
    lines: ['HKEY_CLASSES_ROOT\\.demo4 demofile', 'HKEY_CLASSES_ROOT\\.demo5  demofile', 'HKEY_CLASSES_ROOT\\.demo6', 'HKEY_CLASSES_ROOT\\.demo7  '],
    operations: [...win31('.demo4', 'demofile', 2), ...win31('.demo5', 'demofile', 3), ...win31('.demo6', '', 4), ...win31('.demo7', '', 5)],
  },
  {
    id: 'c105-win31-ignored-lines', case: 105, description: 'Windows 3.1: indented, commented or differently-cased lines are ignored',
    header: 'REGEDIT',
    lines: [
      ' HKEY_CLASSES_ROOT\\.demo1 = x', '\tHKEY_CLASSES_ROOT\\.demo2 = x', ';HKEY_CLASSES_ROOT\\.demo3 = x', '#HKEY_CLASSES_ROOT\\.demo4 = x',
      'hkey_classes_root\\.demo5 = x', 'Hkey_Classes_Root\\.demo6 = x', 'HKEY_CLASSES_ROOT\\.demo7 = ok',
    ],
    operations: win31('.demo7', 'ok', 8),
  },
  {
    id: 'c103b-win31-utf16', case: 103, description: 'Windows 3.1 format in a UTF-16LE file with BOM',
    encoding: 'utf-16le', header: 'REGEDIT', lines: ['HKEY_CLASSES_ROOT\\.demo = demofile'], operations: win31('.demo', 'demofile', 2),
  },
  {
    id: 'c104c-win31-tab-separator', case: 104, description: 'Windows 3.1: a tab also ends the key name; a deeper key path works',
    header: 'REGEDIT', lines: ['HKEY_CLASSES_ROOT\\.demo\\shell\tdemofile'], operations: win31('.demo\\shell', 'demofile', 2),
  },
];
