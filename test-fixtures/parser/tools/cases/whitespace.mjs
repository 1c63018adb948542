// reg-format.md section 0 and 9: only SPACE and TAB are whitespace to the line parser. Form
// feed, vertical tab and no-break space are ordinary characters, so text a trim() or \s would
// accept is ignored by regedit.
import { DEMO_KEY, dword, raw, sz } from '../ops.mjs';

const V5 = 'Windows Registry Editor Version 5.00';
const OK = '"Ok"="y"';

export default [
  {
    id: 's09b-line-starting-with-other-whitespace', case: '§9', description: 'a value line starting with FF, VT or NBSP is ignored',
    body: ['\f"A"="1"', '\v"B"="2"', '\xa0"C"="3"', OK], operations: [DEMO_KEY, sz('Ok', 'y', 7)],
  },
  {
    id: 's09c-other-whitespace-around-equals', case: '§9', description: 'FF or NBSP between name and = or = and data makes the line invalid',
    body: ['"A"\f="1"', '"B"=\xa0"2"', '"C"=\vdword:1', OK], operations: [DEMO_KEY, sz('Ok', 'y', 7)],
  },
  {
    id: 's09d-other-whitespace-after-data', case: '§9', description: 'FF or NBSP after a string or dword is junk, not trailing whitespace',
    body: ['"A"="1"\f', '"B"=dword:1\xa0', OK], operations: [DEMO_KEY, sz('Ok', 'y', 6)],
  },
  {
    id: 's09e-nbsp-after-bracket', case: '§6.1', description: '[ followed by NBSP is not "whitespace after [": the open fails and clears the current key',
    body: ['[\xa0HKEY_CURRENT_USER\\Software\\Demo\\K]', '"V"="x"'], operations: [DEMO_KEY],
  },
  {
    id: 's09f-utf16-ideographic-space', case: '§9', description: 'UTF-16: U+3000 and U+2028 are not whitespace or line breaks',
    encoding: 'utf-16le', header: V5, body: ['\u3000"A"="1"', '"B"="x\u2028y\u0085z"', '"N"=dword:2'],
    operations: [DEMO_KEY, sz('B', 'x\u2028y\u0085z', 5), dword('N', 2, 6)],
  },
  {
    id: 's04e-header-after-nbsp', case: '§4', description: 'only spaces and tabs may precede the header: NBSP makes it invalid',
    header: '\xa0REGEDIT4', body: ['"Color"="Blue"'], imports: false, operations: [],
  },
  {
    id: 's04f-header-after-form-feed', case: '§4', description: 'a form feed before the header makes it invalid',
    header: '\fREGEDIT4', body: ['"Color"="Blue"'], imports: false, operations: [],
  },
  {
    id: 's09g-hex-type-leading-blank', case: '§9', description: 'hex( 2): and hex(\\t3): - Wine reads blanks before N (a Wine-only leniency)',
    body: ['"T"=hex( 2):41,00', '"U"=hex(\t3):01'], operations: [DEMO_KEY, raw('T', 2, '41 00 00 00', 4), raw('U', 3, '01', 5)],
    note: 'Section 9 marks this [W]; as for dword:; and 0x bytes, the expected operations are what Wine does and the strict reading is a diagnostic.',
  },
];
