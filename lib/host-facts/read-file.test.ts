import { describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES } from './validate';
import { readReportFile } from './read-file';

describe('readReportFile', () => {
  it('refuses a file over 2 MB by its size, without reading it', async () => {
    let read = false;
    const result = await readReportFile({
      size: MAX_REPORT_BYTES + 1,
      text: async () => {
        read = true;
        return '';
      },
    });
    expect(read).toBe(false);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', params: { bytes: MAX_REPORT_BYTES + 1 } } });
  });

  it('checks what it reads like pasted text', async () => {
    const result = await readReportFile(new Blob(['not json']));
    expect(result).toMatchObject({ ok: false, error: { code: 'not-json' } });
  });

  it('says when the file cannot be read', async () => {
    const result = await readReportFile({ size: 10, text: () => Promise.reject(new Error('NotReadableError')) });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-json', params: { problem: 'NotReadableError' } } });
  });
});
