/**
 * The value names and root spellings a parse has read, so that a name the file repeats (each key of an
 * export has its "Enabled", "DisplayName"..., and its HKEY_LOCAL_MACHINE) is one string, not one per
 * line: a big export's model keeps every name, and the garbage collector copies each string it keeps.
 * A name is looked up by comparing the text in place, before any string is made; a table of a few
 * slots is enough for the names of the keys being read, and a miss only costs the slice the parse
 * would have made anyway.
 */
export class NameTable {
  private readonly slots: string[] = new Array<string>(SLOTS).fill('');

  /** `text.slice(start, end)`, or an equal string read before. */
  get(text: string, start: number, end: number): string {
    const length = end - start;
    if (length === 0) return '';
    const slot = (length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1)) & (SLOTS - 1);
    const known = this.slots[slot];
    if (known.length === length && text.startsWith(known, start)) return known;
    const name = text.slice(start, end);
    this.slots[slot] = name;
    return name;
  }
}

const SLOTS = 64;
