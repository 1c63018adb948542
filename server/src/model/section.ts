import type { KeySection, RegistryPath, TextSpan } from './types';

/** A key section while the model build fills it in: what is known of it only later can still be set. */
export type SectionInProgress = Omit<KeySection, 'opened' | 'insertAt' | 'indent'> & { -readonly [K in 'opened' | 'insertAt' | 'indent']: KeySection[K] };

/**
 * A key section made from a key line. A class, not an object literal: V8 allocates a literal's
 * objects in the old generation once most of them survive, and throws away the optimised code that
 * made them when it so decides (the model build of a big export then ran unoptimised for a while).
 * The span is made on access.
 */
export class KeyLineSection implements SectionInProgress {
  opened = false;
  indent = '';

  constructor(
    readonly line: number,
    private readonly start: number,
    private readonly end: number,
    readonly path: RegistryPath | null,
    readonly deletion: boolean,
    public insertAt: number,
  ) {}

  get span(): TextSpan {
    return { offset: this.start, length: this.end - this.start };
  }

  toJSON(): object {
    const { line, span, path, deletion, opened, insertAt, indent } = this;
    return { line, span, path, deletion, opened, insertAt, indent };
  }
}
