/**
 * A report file a reader picked or dropped, checked like pasted text (lib/reports/validate) — but
 * a file over the limit is refused by its size, before it is read. Browser-safe (Blob-like input).
 */
import { MAX_REPORT_BYTES, validateReport, type ValidateReportResult } from './validate';

export async function readReportFile(file: { size: number; text(): Promise<string> }): Promise<ValidateReportResult> {
  if (file.size > MAX_REPORT_BYTES) {
    return {
      ok: false,
      error: {
        code: 'too-large',
        message: `The report is ${file.size} bytes; the limit is ${MAX_REPORT_BYTES} (2 MB). Is this a host report?`,
        params: { bytes: file.size, max: MAX_REPORT_BYTES },
      },
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'not-json', message: `The file could not be read: ${problem}.`, params: { problem } } };
  }
  return validateReport(text);
}
