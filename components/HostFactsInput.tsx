'use client';
/**
 * How host facts get onto the page: the command to run on the host (with this site's own address),
 * the script to download, then a file picker that is also a drop zone, and a paste box. Hands the
 * file or the text to its parent; reads and checks nothing itself.
 */
import { useEffect, useId, useState, useSyncExternalStore, type DragEvent, type ReactNode } from 'react';
import type { ProbeLabels } from '@/lib/i18n/probe-labels';

const button =
  'rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

/** A shell command in a box, with a copy button where the browser allows it (secure contexts). */
function Command({ command, t, testId }: { command: string; t: ProbeLabels; testId: string }) {
  const [copied, setCopied] = useState(false);
  const canCopy = typeof navigator !== 'undefined' && !!navigator.clipboard;
  return (
    <div className="mt-1 flex items-stretch gap-2">
      <pre className="min-w-0 flex-1 whitespace-pre-wrap break-all rounded-md bg-slate-100 px-3 py-2 text-sm dark:bg-slate-900">
        <code data-testid={testId}>{command}</code>
      </pre>
      {canCopy && (
        <button
          type="button"
          className={`${button} shrink-0`}
          aria-label={t.probeOtherCopyCommand}
          onClick={() =>
            void navigator.clipboard.writeText(command).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t.probeOtherCopied : t.probeOtherCopy}
        </button>
      )}
    </div>
  );
}

function Step({ children }: { children: ReactNode }) {
  return <li className="mt-4 first:mt-0">{children}</li>;
}

const noSubscription = () => () => {};

export function HostFactsInput({
  t,
  scriptPath,
  busy,
  onFile,
  onText,
}: {
  t: ProbeLabels;
  scriptPath: string;
  busy: boolean;
  onFile: (file: File) => void;
  onText: (text: string) => void;
}) {
  // The site's own address, for the command to copy; unknown on the server.
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => null,
  );
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');
  const fileId = useId();
  const pasteId = useId();
  const dropHintId = useId();

  // A file dropped beside the zone would make the browser leave the page to show it.
  useEffect(() => {
    const stray = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', stray);
    window.addEventListener('drop', stray);
    return () => {
      window.removeEventListener('dragover', stray);
      window.removeEventListener('drop', stray);
    };
  }, []);

  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');
  const scriptUrl = `${origin ?? ''}${scriptPath}`;

  return (
    <ol className="mt-4 list-decimal space-y-0 pl-5 text-sm">
      <Step>
        <p>{t.probeOtherStepRun}</p>
        <Command command={`curl -fsSL ${scriptUrl} | sh > host-report.json`} t={t} testId="other-command" />
        <p className="mt-3">{t.probeOtherStepDownload}</p>
        <Command command="sh collect.sh > host-report.json" t={t} testId="other-command-downloaded" />
        <p className="mt-2">
          <a
            href={scriptPath}
            download="collect.sh"
            className="text-accent-600 underline dark:text-accent-300"
            data-testid="other-download-script"
          >
            {t.probeOtherDownloadLink}
          </a>
        </p>
      </Step>
      <Step>
        <p>{t.probeOtherStepOpen}</p>
        <div
          className={`mt-2 rounded-lg border-2 border-dashed p-4 transition-colors ${
            dragging ? 'border-accent-600 bg-accent-50 dark:border-accent-300 dark:bg-slate-900' : 'border-slate-300 dark:border-slate-600'
          }`}
          data-testid="other-drop"
          data-dragging={dragging || undefined}
          onDragEnter={(e) => hasFiles(e) && setDragging(true)}
          onDragOver={(e) => {
            if (!hasFiles(e)) return;
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
            setDragging(true);
          }}
          onDragLeave={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
          }}
          onDrop={(e) => {
            if (!hasFiles(e)) return;
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer.files[0];
            if (file) onFile(file);
          }}
        >
          <p className="font-semibold">{t.probeOtherFileLabel}</p>
          {/* The native control words its button in the browser's language; this one in the page's. */}
          <input
            id={fileId}
            type="file"
            accept=".json,application/json,text/plain"
            aria-describedby={dropHintId}
            disabled={busy}
            data-testid="other-file"
            className="peer sr-only"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) onFile(file);
              e.currentTarget.value = ''; // the same file picked again is read again
            }}
          />
          <label
            htmlFor={fileId}
            className={`${button} mt-2 inline-block cursor-pointer bg-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-600 peer-disabled:opacity-50 dark:bg-slate-900 dark:peer-focus-visible:outline-accent-300`}
          >
            {t.probeOtherChooseFile}
          </label>
          <p id={dropHintId} className="mt-2 text-slate-600 dark:text-slate-400">
            {dragging ? t.probeOtherDropActive : t.probeOtherDrop}
          </p>
        </div>
        <form
          className="mt-4"
          onSubmit={(e) => {
            e.preventDefault();
            onText(pasted);
          }}
        >
          <label htmlFor={pasteId} className="block font-semibold">
            {t.probeOtherPasteLabel}
          </label>
          <textarea
            id={pasteId}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            rows={4}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            placeholder='{"schemaVersion": 1, …}'
            data-testid="other-paste"
            className="mt-2 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
          />
          <button type="submit" className={`${button} mt-2`} disabled={busy} data-testid="other-paste-submit">
            {t.probeOtherPasteSubmit}
          </button>
        </form>
      </Step>
    </ol>
  );
}
