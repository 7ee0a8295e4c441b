/**
 * The 404 for a path outside /zh and /en: there is no language to render it in, so it says it
 * in both. Plain HTML with no script, so the page CSP holds without a nonce.
 */
import { DEFAULT_LANG, htmlLang } from './i18n/locale';

export const UNKNOWN_LANGUAGE_HTML = `<!doctype html>
<html lang="${htmlLang(DEFAULT_LANG)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>404 · eBPF 文摘 · eBPF Digest</title>
<style>body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;max-width:36rem;margin:6rem auto;padding:0 1rem;line-height:1.6}
a{color:#0b62b5}@media (prefers-color-scheme:dark){body{background:#020617;color:#f1f5f9}a{color:#7cc0ff}}</style></head>
<body><main><h1>页面不存在</h1><p><a href="/zh">回到时间线</a></p>
<h2 lang="en">Page not found</h2><p lang="en"><a href="/en">Back to the timeline</a></p></main></body></html>`;
