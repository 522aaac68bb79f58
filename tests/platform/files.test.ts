// Reading a chosen file: a UTF-8 byte-order mark (Windows editors add one) never reaches the parser,
// whichever way the browser decodes (issue 9, defect 7).
import { describe, expect, it } from 'vitest';
import { readFileText } from '../../src/platform/files';

describe('readFileText', () => {
  it('drops a leading byte-order mark, even where the browser keeps it', async () => {
    const keepsBom = { text: () => Promise.resolve('\uFEFF{"format":"x"}') } as unknown as Blob;
    expect(await readFileText(keepsBom)).toBe('{"format":"x"}');
    expect(await readFileText(new Blob(['\uFEFF{"a":1}']))).toBe('{"a":1}');
  });

  it('leaves other text alone', async () => {
    expect(await readFileText(new Blob(['{"a":"\uFEFF"}']))).toBe('{"a":"\uFEFF"}');
  });
});
