import * as assert from 'node:assert/strict';
import { analyze, codes, DEMO, keyOps, valueOps } from './helpers';

/** [title, body after DEMO, expected value operations, expected diagnostic codes]. */
type Case = [string, string, string[], string[]];

const cases: Case[] = [
  ['LF only line breaks (1)', '"Color"="Blue"\n', ['Color:1:42006c0075006500' + '0000'], []],
  ['no line break at EOF (3)', '"Color"="Blue"', ['Color:1:42006c00750065000000'], []],
  ['several blank lines (16)', '"A"="1"\r\n\r\n\r\n"B"="2"', ['A:1:31000000', 'B:1:32000000'], []],
  ['full-line comments are not findings (17)', '; note\r\n# note\r\n  ;"X"="1"\r\n\t#"Y"="2"', [], []],
  ['comment backslash does not continue (18)', '#note\\\r\n"A"="1"', ['A:1:31000000'], []],
  ['trailing ; comment (19)', '"A"="1";note\r\n"B"="1"\t\t;note', ['A:1:31000000', 'B:1:31000000'], []],
  ['trailing # comment rejects (20)', '"A"="1"#note\r\n"B"="1"  #note', [], ['REG018', 'REG018']],
  ['comment characters inside strings (21)', '"A"="x#y;z"', ['A:1:780023007900' + '3b007a000000'], []],
  ['# or ; as data (22)', '"A"=#"1"\r\n"B"=;"1"', [], ['REG023', 'REG023']],
  ['plain text line (23)', 'Plain text line', [], ['REG029']],
  ['quote in key name (24)', '[HKEY_CURRENT_USER\\Software\\Demo\\a"b]\r\n"V"="x"', ['V:1:78000000'], []],
  ['whitespace after [ (27)', '[ HKEY_CURRENT_USER\\Software\\Demo\\K1]\r\n"V"="x"', ['V:1:78000000'], ['REG006']],
  ['missing ] (28)', '[HKEY_CURRENT_USER\\Software\\Demo\\K2', [], ['REG007']],
  ['no [ (29)', 'HKEY_CURRENT_USER\\Software\\Demo\\K3]', [], ['REG029']],
  ['trailing space in key name (30)', '[HKEY_CURRENT_USER\\Software\\Demo\\K4 ]', [], ['REG025']],
  ['trailing backslashes (31)', '[HKEY_CURRENT_USER\\Software\\Demo\\K5\\\\]\r\n"V"="x"', ['V:1:78000000'], []],
  ['unknown root clears the key (33)', '[HKEY_CURRENT_USERX\\Software\\Demo\\K6]\r\n"V"=dword:1', [], ['REG005', 'REG008']],
  ['deletion clears the key (38)', '[-HKEY_CURRENT_USER\\Software\\Demo\\Old]\r\n"V"=dword:1', [], ['REG008']],
  ['[- HKEY] deletes nothing (36)', '[- HKEY_CURRENT_USER\\Software\\Demo\\Old]\r\n"V"=dword:1', [], ['REG006', 'REG008']],
  ['= inside a name (39)', '"k=v"="z"', ['k=v:1:7a000000'], []],
  ['escaped quotes (40)', '"say \\"hi\\""="a \\"b\\" c"', ['say "hi":1:6100200022006200220020006300' + '0000'], []],
  ['empty name is the default value (42)', '""="Main"', [':1:4d00610069006e000000'], []],
  ['spaces around = (43/44)', '@  =  "Main"\r\n  " pad " \t=\t " data "  ', [':1:4d00610069006e000000', ' pad :1:200064006100740061002000' + '0000'], []],
  ['missing quotes in names (45)', '"NoEnd="x"\r\nNoBegin"="x"\r\n"All=inside"', [], ['REG009', 'REG029', 'REG009']],
  ['empty string (47)', '"E"=""', ['E:1:0000'], []],
  ['junk after string (48)', '"S"="ab"cd"', [], ['REG013']],
  ['unterminated string (49)', '"S"="abc', [], ['REG012']],
  ['no data (50)', '"S"=', [], ['REG023']],
  ['string does not continue (51)', '"S"="first \\\r\nsecond"', [], ['REG012', 'REG029']],
  ['literal backslash zero (52)', '"S"="x\\\\0y"', ['S:1:78005c0030007900' + '0000'], []],
  ['\\0 rejects the line (53)', '"S"="x\\0y"', [], ['REG010']],
  ['dword forms (56)', '"N"=dword:7f\r\n"O"=dword:1\r\n"P"=dword:0000ABCD', ['N:4:7f000000', 'O:4:01000000', 'P:4:cdab0000'], []],
  ['empty or bad dword (57)', '"N"=dword:\r\n"M"=dword:zz', [], ['REG014', 'REG014']],
  ['9-digit dword (58)', '"N"=dword:0ffffffff\r\n"M"=dword:ffffffff', ['M:4:ffffffff'], ['REG014']],
  ['junk after dword (59)', '"N"=dword:0000000aXY\r\n"M"=dword:0000000a XY', [], ['REG014', 'REG014']],
  ['0x and spaces in dword (60)', '"N"=dword:0x10\r\n"M"=dword:12 34', [], ['REG014', 'REG014']],
  ['whitespace after dword: (61)', '"N"=dword:\t 0000000a', ['N:4:0a000000'], []],
  ['dword comments (62)', '"N"=dword:0000000a;ten\r\n"M"=dword:0000000a #ten', ['N:4:0a000000'], ['REG018']],
  ['dword: then comment (7.3 quirk: stored as Wine does, with an error)', '"N"=dword:;x', ['N:4:00000000'], ['REG014']],
  ['binary (65)', '"B"=hex:de,ad,be,ef', ['B:3:deadbeef'], []],
  ['empty hex values (66)', '"B"=hex:\r\n"S"=hex(1):\r\n"T"=hex(abcd):', ['B:3:', 'S:1:', 'T:43981:'], []],
  ['hex(N) types (67)', '"T"=hex(20):01\r\n"U"=hex(ffffffff):01\r\n"V"=hex(100000000):01\r\n"W"=hex(0x3):01\r\n"X"=hex(x3):01', ['T:32:01', 'U:4294967295:01'], ['REG022', 'REG022', 'REG022']],
  ['byte above ff (68)', '"B"=hex(0):41,100,42', [], ['REG015']],
  ['trailing comma (69)', '"B"=hex:01,02,', ['B:3:0102'], []],
  ['empty element (70)', '"B"=hex:01,,02', [], ['REG016']],
  ['hex comments (71)', '"B"=hex:01,02 ;c\r\n"C"=hex:01,02;c\r\n"D"=hex:01,02 #c', ['B:3:0102', 'C:3:0102'], ['REG018']],
  ['hex(4) with 8 bytes (72)', '"D8"=hex(4):01,02,03,04,05,06,07,08', ['D8:4:0102030405060708'], []],
  ['continuation (74/75/76)', '"B"=hex:01,02,\\\r\n  03,04\r\n"C"=hex:01,02,\\ ; more\r\n  03,04\r\n"D"=hex:01,02,\t\\\t ;note\r\n03,04', ['B:3:01020304', 'C:3:01020304', 'D:3:01020304'], []],
  ['backslash without comma (77)', '"B"=hex:01,02\\\r\n  03,04\r\n"Next"="n"', ['Next:1:6e000000'], ['REG019', 'REG029']],
  ['continuation line starting with a comma (80)', '"B"=hex:01,02,\\\r\n  ,03,04\r\n"K"="k"', ['K:1:6b000000'], ['REG019']],
  ['byte split across lines (81)', '"B"=hex:01,0\\\r\n2,03', [], ['REG019', 'REG029']],
  ['# after continuation (82)', '"B"=hex:01,02,\\ #note\r\n03', [], ['REG018', 'REG029']],
  ['skipped lines inside a continuation (83)', '"M"=hex(7):61,00,\\\r\n\r\n\t \r\n ;note\r\n62,00,00', ['M:7:61000000620000000000'], []],
  ['# line kills the value (84)', '"B"=hex:01,\\\r\n#note\r\n  02,03\r\n"After"="x"', ['After:1:78000000'], ['REG019', 'REG029']],
  ['forgotten continuation swallows the next line (85)', '"B"=hex:01,\\\r\n;c\r\n"Lost"="x"\r\n"Kept"="y"', ['Kept:1:79000000'], ['REG019']],
  ['swallowed key line (87)', '"B"=hex:01,\\\r\n[HKEY_CURRENT_USER\\Software\\Demo\\Child]\r\n"C"="c"', ['C:1:63000000'], ['REG019']],
  ['EOF after continuation (88)', '"B"=hex:01,02,\\\r\n', ['B:3:0102'], []],
  ['EOF after hex(2) continuation (88)', '"P"=hex(2):41,42,\\', ['P:2:410042000000'], []],
  ['trailing comma without backslash (89)', '"B"=hex:01,02,\r\n  03,04', ['B:3:0102'], ['REG029']],
  ['hex:\\ then bytes (90)', '"B"=hex:\\\r\n  01,02\r\n"C"=hex:,\\\r\n01', ['B:3:0102'], ['REG016', 'REG029']],
  ['data after the backslash (91)', '"B"=hex:01,\\02', [], ['REG019']],
  ['empty element on a continuation line (94)', '"B"=hex:01,\\\r\n02,,03', [], ['REG016']],
  ['ANSI hex(2) (95)', '"P"=hex(2):25,54,4d,50,25,00\r\n"Q"=hex(2):25,54,4d,50,25', ['P:2:250054004d005000250000' + '00', 'Q:2:250054004d0050002500' + '0000'], []],
  ['ANSI hex(7) adds one NUL (96)', '"M"=hex(7):61,00,62\r\n"N"=hex(7):61,00,62,00,00', ['M:7:6100000062000000', 'N:7:61000000620000000000'], ['REG021']],
  ['other types raw (100)', '"U"=hex(100):41,42\r\n"N0"=hex(0):41,42', ['U:256:4142', 'N0:0:4142'], []],
  ['value deletion (101)', '"G"=-\r\n"H"=  -\r\n"I"= \t-\t \r\n"J"=- ;bye', ['-G', '-H', '-I', '-J'], []],
  ['failed value deletion (102)', '"G"=-"x"\r\n"H"=- #bye', [], ['REG013', 'REG018']],
  ['last assignment wins (113)', '"V"="one"\r\n"V"=dword:2', ['V:1:6f006e0065000000', 'V:4:02000000'], ['REG024']],
  ['escaped final quote (114)', '"Dir"="C:\\temp\\"\r\n"Next"="n"', ['Next:1:6e000000'], ['REG012']],
  ['unknown escape keeps the character', '"P"="C:\\temp"', ['P:1:43003a00740065006d007000' + '0000'], ['REG011']],
  ['qword:, DWORD:, str: (7.9)', '"Q"=qword:1\r\n"D"=DWORD:1\r\n"S"=str:"x"', [], ['REG023', 'REG023', 'REG023']],
  ['space before comma', '"B"=hex:01 ,02', [], ['REG017']],
  ['0x byte (Wine accepts it; error)', '"B"=hex:0x01,0x2', ['B:3:0102'], ['REG015', 'REG015']],
  ['Windows-1252 undefined bytes keep their code point', '"S"="\u0081\u008d"\r\n"P"=hex(2):81,41', ['S:1:81008d000000', 'P:2:810041000000'], []],
  ['trailing whitespace after a comma on a continuation line', '"B"=hex:01,\\\r\n02,03,  ', [], ['REG019']],
  ['blank before N in hex( N): Wine reads it; error', '"T"=hex( 2):41,00', ['T:2:41000000'], ['REG022']],
  ['a NUL character ends the line regedit reads', '"A"="x"\u0000junk\r\n"B"="y\u0000"', ['A:1:78000000'], ['REG028', 'REG012', 'REG028']],
  ['HKEY_DYN_DATA only existed on Windows 9x', '[HKEY_DYN_DATA\\PerfStats]\r\n"V"="x"', [], ['REG005', 'REG008']],
  ['empty path segment', '[HKEY_CURRENT_USER\\Software\\\\Demo]\r\n"V"="x"', [], ['REG026', 'REG008']],
  ['indented Azure-article style gives no findings', '[HKEY_LOCAL_MACHINE\\SYSTEM\\X\\TLS 1.2\\Client]\r\n     "DisabledByDefault"=dword:00000000\r\n     "Enabled" = dword:00000001\r\n', ['DisabledByDefault:4:00000000', 'Enabled:4:01000000'], []],
];

describe('parser + model: reg-format.md edge cases', () => {
  for (const [title, body, expectedValues, expectedCodes] of cases) {
    it(title, () => {
      const { model, findings } = analyze(DEMO + body);
      assert.deepEqual(valueOps(model), expectedValues);
      assert.deepEqual(codes(findings), expectedCodes);
    });
  }

  it('a key line with a trailing comment after ] opens the key', () => {
    const { model, findings } = analyze(`${DEMO}[HKEY_CURRENT_USER\\Software\\Demo\\Sub] # note\r\n"V"="x"`);
    assert.deepEqual(keyOps(model), ['+HKEY_CURRENT_USER\\Software\\Demo', '+HKEY_CURRENT_USER\\Software\\Demo\\Sub']);
    assert.deepEqual(findings, []);
  });

  it('deleting a key and recreating it', () => {
    const { model } = analyze(`${DEMO}[-hkey_current_user\\SOFTWARE\\demo\\old]\r\n[HKEY_CURRENT_USER\\Software\\Demo\\Old]`);
    assert.deepEqual(keyOps(model), ['+HKEY_CURRENT_USER\\Software\\Demo', '-HKEY_CURRENT_USER\\SOFTWARE\\demo\\old', '+HKEY_CURRENT_USER\\Software\\Demo\\Old']);
  });

  it('values before the first key are dropped (112)', () => {
    const { model, findings } = analyze('REGEDIT4\r\n"Orphan"="x"\r\n[HKEY_CURRENT_USER\\Software\\Demo]\r\n');
    assert.deepEqual(valueOps(model), []);
    assert.deepEqual(codes(findings), ['REG008']);
    assert.match(findings[0].message, /before the first key/);
  });

  it('a malformed key line leaves the previous key current', () => {
    const { model } = analyze(`${DEMO}[ HKEY_CURRENT_USER\\Other]\r\n"V"="x"`);
    assert.equal(model.operations.at(-1)?.path.text, 'HKEY_CURRENT_USER\\Software\\Demo');
  });
});
