// reg-format.md section 14 "Value names" (cases 39-46) and section 7.1.
import { DEMO_KEY, dword, sz } from '../ops.mjs';

export default [
  { id: 'c039-equals-in-name', case: 39, description: '= inside a quoted name', body: ['"k=v"="z"'], operations: [DEMO_KEY, sz('k=v', 'z', 4)] },
  {
    id: 'c040-escaped-quotes', case: 40, description: '\\" in name and data is a double quote',
    body: ['"say \\"hi\\""="a \\"b\\" c"'], operations: [DEMO_KEY, sz('say "hi"', 'a "b" c', 4)],
  },
  {
    id: 'c041-escaped-backslashes', case: 41, description: '\\\\ in a name is one backslash; "" stores an empty REG_SZ',
    body: ['"C:\\\\dir\\\\file"=""'], operations: [DEMO_KEY, sz('C:\\dir\\file', '', 4)],
  },
  { id: 'c042-empty-name-is-default', case: 42, description: '"" names the default value', body: ['""="Main"'], operations: [DEMO_KEY, sz('', 'Main', 4)] },
  {
    id: 'c043-at-with-spaces', case: 43, description: 'spaces around = after @',
    body: ['@  =  "Main"'], operations: [DEMO_KEY, sz('', 'Main', 4)],
  },
  {
    id: 'c044-whitespace-inside-and-outside-quotes', case: 44, description: 'spaces inside quotes are kept, outside dropped',
    body: ['  " pad " \t=\t " data "  '], operations: [DEMO_KEY, sz(' pad ', ' data ', 4)],
  },
  {
    id: 'c045-malformed-name-quoting', case: 45, description: 'names with a missing, extra or no quote are ignored',
    body: ['"NoEnd="x"', 'NoBegin"="x"', 'NoQuotes="x"', '"All=inside"', '"Ok"="y"'],
    operations: [DEMO_KEY, sz('Ok', 'y', 8)],
  },
  {
    id: 'c046-name-split-across-lines', case: 46, description: 'a name cannot continue on the next line',
    body: ['"Na\\', 'me"="x"', '"Ok"="y"'], operations: [DEMO_KEY, sz('Ok', 'y', 6)],
  },
  {
    id: 's07-1a-junk-between-name-and-equals', case: '§7.1', description: 'only whitespace may separate the name from =',
    body: ['"A"x="1"', '@x="2"', '"B" ;="3"', '"C"\t="ok"'], operations: [DEMO_KEY, sz('C', 'ok', 7)],
  },
  {
    id: 's07-1b-punctuation-in-name', case: '§7.1', description: "a name may contain ; # ' / and =",
    body: ['"a;b#c\'d/e=f"=dword:1'], operations: [DEMO_KEY, dword("a;b#c'd/e=f", 1, 4)],
  },
  {
    id: 's07-1c-name-case-preserved', case: '§8', description: 'values with the same name in another case are the same value (last wins)',
    body: ['"Name"="1"', '"NAME"="2"'], operations: [DEMO_KEY, sz('Name', '1', 4), sz('NAME', '2', 5)],
  },
];
