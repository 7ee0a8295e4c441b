/**
 * Checks host facts a reader uploads, pastes or kept (the output of collect-host-facts.sh or of the
 * server's collector) before anything evaluates them: the typed facts, or ONE error saying what is
 * wrong — too large, not JSON, a newer schema than this page knows, or the first place where they
 * do not fit the schema. Text and files (a file over the limit is refused by its size, before it is
 * read). Pure and browser-safe (Blob-like input); never throws.
 */
import { HOST_FACTS_SCHEMA_VERSION, parseHostFacts, type HostFacts, type HostFactsIssue } from './schema';

/** Host facts are ~100 KB (a 6.x host: ~80 KB); 2 MB leaves room and keeps the browser responsive. */
export const MAX_HOST_FACTS_BYTES = 2 * 1024 * 1024;

export type HostFactsErrorCode = 'too-large' | 'empty' | 'not-json' | 'not-an-object' | 'newer-schema' | 'wrong-schema';

export interface HostFactsError {
  code: HostFactsErrorCode;
  /** English, one sentence; the page can say it in its language from code and params. */
  message: string;
  params: Record<string, string | number>;
  /** wrong-schema: every issue found, the first of which the message names. */
  issues?: HostFactsIssue[];
}

export type ValidatedHostFacts = { ok: true; facts: HostFacts } | { ok: false; error: HostFactsError };

function fail(
  code: HostFactsErrorCode,
  message: string,
  params: Record<string, string | number> = {},
  issues?: HostFactsIssue[],
): ValidatedHostFacts {
  return { ok: false, error: issues ? { code, message, params, issues } : { code, message, params } };
}

function tooLarge(bytes: number): ValidatedHostFacts {
  return fail('too-large', `The report is ${bytes} bytes; the limit is ${MAX_HOST_FACTS_BYTES} (2 MB). Is this a host report?`, {
    bytes,
    max: MAX_HOST_FACTS_BYTES,
  });
}

/** UTF-8 length without allocating (a 2 MB paste should not be copied to be measured). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** JSON.parse's complaint, made a little more readable and kept short. */
function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^JSON\.parse: /, '').slice(0, 200);
}

/** Host facts from text (a paste, a file's content, a kept copy). */
export function validateHostFacts(text: string): ValidatedHostFacts {
  if (typeof text !== 'string') return fail('not-json', 'The report is not text.');
  // Bytes ≥ UTF-16 units: a string this long in units is too large whatever it holds.
  const bytes = text.length > MAX_HOST_FACTS_BYTES ? text.length : utf8Length(text);
  if (bytes > MAX_HOST_FACTS_BYTES) return tooLarge(bytes);
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fail('empty', 'The report is empty.');

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const problem = jsonProblem(error);
    return fail('not-json', `The report is not JSON: ${problem}.`, { problem });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const got = describeType(json);
    return fail('not-an-object', `The report is JSON but not a host report: expected an object, got ${got}.`, { got });
  }

  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > HOST_FACTS_SCHEMA_VERSION) {
    return fail(
      'newer-schema',
      `The report has schema version ${version}; this page reads version ${HOST_FACTS_SCHEMA_VERSION}. Reload the page, or use the site the script came from.`,
      { version, known: HOST_FACTS_SCHEMA_VERSION },
    );
  }

  if (version === undefined) {
    const problem = 'missing, so this is not a host report (collect-host-facts.sh and the probe write one)';
    return fail('wrong-schema', `The report does not match the host report schema at schemaVersion: ${problem}.`, {
      path: 'schemaVersion',
      problem,
      more: 0,
    });
  }

  const parsed = parseHostFacts(json);
  if (parsed.ok) return parsed;
  const first = parsed.issues[0] ?? { path: '', message: 'does not match the schema' };
  const path = first.path || '(top level)';
  const more = parsed.issues.length - 1;
  return fail(
    'wrong-schema',
    `The report does not match the host report schema at ${path}: ${first.message}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}.`,
    { path, problem: first.message, more },
    parsed.issues.slice(0, 50),
  );
}

/** Host facts from a file a reader picked or dropped. */
export async function validateHostFactsFile(file: { size: number; text(): Promise<string> }): Promise<ValidatedHostFacts> {
  if (file.size > MAX_HOST_FACTS_BYTES) return tooLarge(file.size);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return fail('not-json', `The file could not be read: ${problem}.`, { problem });
  }
  return validateHostFacts(text);
}
