// Diagnostic codes a fixture must produce (among others). The codes belong to the parser's
// rules (server/src/rules/regNNN-*.ts); only cases whose subject is exactly one rule's subject
// are listed, so that renumbering or splitting a rule is the only reason to edit this.
const byRule = {
  REG001: ['c005', 'c006a', 'c006b', 'c007a', 'c007b', 'c007c', 'c007d', 'c008a', 'c008b', 'c008c', 'c008d', 'c009', 's04a', 's04b', 's04c'], // invalid header
  REG002: ['s03a'], // UTF-8 BOM
  REG003: ['c013a', 'c013b'], // UTF-16 without BOM
  REG004: ['s06e', 's06f'], // abbreviated root
  REG005: ['c033', 's06a'], // unknown root
  REG006: ['c027a', 'c027b'], // whitespace after [
  REG007: ['c028'], // missing ]
  REG008: ['c033', 'c038', 'c112'], // value with no open key
  REG009: ['c045'], // malformed name quoting
  REG010: ['c053'], // \0 escape
  REG011: ['s07-2b'], // unknown escape
  REG012: ['c114'], // unterminated string
  REG013: ['c048'], // junk after a string
  REG014: ['c057', 'c058', 'c059', 'c060', 's07-3e'], // malformed dword
  REG015: ['c068', 's07-4i'], // hex byte above FF / 0x prefix
  REG016: ['c070', 's07-4d'], // empty hex element
  REG017: ['s07-4c'], // whitespace before a comma
  REG018: ['c020', 'c062b', 'c071b'], // # after data
  REG019: ['c077', 'c085a', 'c087a'], // broken continuation
  REG021: ['c096a'], // REG_MULTI_SZ without its double NUL
  REG022: ['c067b'], // invalid hex(N)
  REG023: ['s07-9a'], // qword:, str:, unknown data
  REG024: ['c113'], // duplicate value
  REG025: ['c030a', 'c030b'], // whitespace at the end of a key name
  REG029: ['c023'], // junk line
  REG031: ['c103'], // Windows 3.1 format
};

/** Throws when the table names a case that does not exist (a renamed or removed fixture). */
export function checkDiagnosticTable(ids) {
  const prefixes = new Set(ids.map((id) => id.replace(/^(c\d{3}[a-z]?|s\d{2}(-\d)?[a-z])-.*$/, '$1')));
  for (const [code, listed] of Object.entries(byRule)) {
    for (const prefix of listed) if (!prefixes.has(prefix)) throw new Error(`diagnostics.mjs: ${code} lists unknown case ${prefix}`);
  }
}

/** Codes for a case id (`c045-...` is listed as `c045`). */
export function diagnosticsFor(id) {
  const prefix = id.replace(/^(c\d{3}[a-z]?|s\d{2}(-\d)?[a-z])-.*$/, '$1');
  const codes = Object.entries(byRule).filter(([, ids]) => ids.includes(prefix)).map(([code]) => code);
  return codes.length ? codes : undefined;
}
