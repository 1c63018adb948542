/**
 * Values of a key section regedit did not open because of how its key line is written
 * (`[HKLM\...]`, a doubled backslash): the pack checks them as if the key line were right,
 * so that one "fix all" corrects the key line and the values together. The section body is
 * parsed again under a corrected key line; spans are shifted back into the original text.
 */
import { buildModel } from '../model';
import type { DeleteValueOp, SetValueOp, TextSpan } from '../model/types';
import { decodedFromText, parse } from '../parser';
import type { FileIndex, SectionRef } from './fileIndex';

const HEADER = 'Windows Registry Editor Version 5.00\r\n\r\n';
/** The corrected key line is line 3 of the synthetic text. */
const KEY_LINE = 3;

export function reparseSectionValues(index: FileIndex, ref: SectionRef): (SetValueOp | DeleteValueOp)[] {
  if (!ref.root) return [];
  const { text } = index;
  const bodyStart = ref.section.span.offset + ref.section.span.length;
  const next = index.sections[ref.index + 1];
  const body = text.slice(bodyStart, next ? next.section.span.offset : text.length);
  const head = `${HEADER}[${[ref.root, ...ref.segments].join('\\')}]`;
  const shift = bodyStart - head.length;
  const moved = (s: TextSpan): TextSpan => ({ offset: s.offset + shift, length: s.length });
  const model = buildModel(parse(decodedFromText(head + body)));
  // Fields are copied one by one: the model's operations compute spans and data in getters.
  return model.operations.flatMap((op): (SetValueOp | DeleteValueOp)[] => {
    const common = {
      section: ref.index,
      line: op.line - KEY_LINE + ref.section.line,
      path: op.path,
      span: moved(op.span),
    };
    if (op.kind === 'setValue') {
      return [{ ...common, kind: 'setValue', name: op.name, nameSpan: moved(op.nameSpan), type: op.type, data: op.data, form: op.form, dataSpan: moved(op.dataSpan) }];
    }
    if (op.kind === 'deleteValue') {
      return [{ ...common, kind: 'deleteValue', name: op.name, nameSpan: moved(op.nameSpan), dataSpan: moved(op.dataSpan) }];
    }
    return [];
  });
}
