// reg-format.md section 14 "Value deletion" (cases 101-102) and section 7.8.
import { DEMO_KEY, delValue, sz } from '../ops.mjs';

export default [
  {
    id: 'c101-value-deletion-forms', case: 101, description: '=-, = -, =\\t- and =- ;comment delete the value',
    body: ['"G1"="x"', '"G2"="x"', '"G3"="x"', '"G4"="x"', '"G1"=-', '"G2"=  -', '"G3"= \t-\t ', '"G4"=- ;bye'],
    operations: [
      DEMO_KEY, sz('G1', 'x', 4), sz('G2', 'x', 5), sz('G3', 'x', 6), sz('G4', 'x', 7),
      delValue('G1', 8), delValue('G2', 9), delValue('G3', 10), delValue('G4', 11),
    ],
  },
  {
    id: 'c102-value-deletion-junk', case: 102, description: '=-"x" and =- #bye delete nothing',
    body: ['"Gone"="x"', '"Gone"=-"x"', '"Gone"=- #bye'], operations: [DEMO_KEY, sz('Gone', 'x', 4)],
  },
  {
    id: 's07-8a-default-value-deletion', case: '§7.8', description: '@=- deletes the default value',
    body: ['@="d"', '@=-'], operations: [DEMO_KEY, sz('', 'd', 4), delValue('', 5)],
  },
  {
    id: 's07-8b-delete-missing-value', case: '§7.8', description: 'deleting a value that does not exist is silent',
    body: ['"Missing"=-', '"Ok"="y"'], operations: [DEMO_KEY, delValue('Missing', 4), sz('Ok', 'y', 5)],
  },
];
