import type { Operation, RegModel } from '../../model';
import { buildModel } from '../../model';
import type { DecodedText, RegDocument } from '../../parser';
import { parse } from '../../parser';

/** What an operation does to the registry: its kind, key, value name, type and exact bytes (not where it is). */
export function effect(op: Operation): string {
  switch (op.kind) {
    case 'createKey':
    case 'deleteKey':
      return `${op.kind} ${op.path.text}`;
    case 'deleteValue':
      return `deleteValue ${op.path.text} "${op.name}"`;
    case 'setValue':
      return `setValue ${op.path.text} "${op.name}" type=${op.type} data=${Buffer.from(op.data).toString('hex')}`;
  }
}

export function effects(model: RegModel): string[] {
  return model.operations.map(effect);
}

/** Parses `text` the way `like` was decoded (same encoding, so hex(1/2/7) read the same). */
export function reparse(text: string, like: DecodedText): RegDocument {
  return parse({ ...like, text });
}

export function modelOf(doc: RegDocument): RegModel {
  return buildModel(doc);
}
