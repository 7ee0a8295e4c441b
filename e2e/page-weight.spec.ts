/**
 * Reading pages ship no JavaScript of ours beyond small islands (≤ 1.10 × a bare page's first-load
 * JS), and their content once: in the HTML, not again in the inline flight data React hydrates from.
 */
import { expect, test } from '@playwright/test';
import {
  BARE_PAGE,
  BUDGET,
  FLIGHT_OVER_BARE,
  firstLoadJs,
  htmlWeight,
  READING_PAGES,
  TIMELINE_FLIGHT_SHARE,
} from '../scripts/page-weight.mjs';

test('first-load JS of reading pages stays within 1.10 × the bare page', async ({ baseURL }) => {
  const bare = await firstLoadJs(baseURL!, `/en${BARE_PAGE}`);
  expect(bare).toBeGreaterThan(0);
  for (const lang of ['en', 'zh']) {
    for (const path of READING_PAGES) {
      const bytes = await firstLoadJs(baseURL!, `/${lang}${path}`);
      expect(bytes / bare, `/${lang}${path}: ${bytes} B vs bare ${bare} B`).toBeLessThanOrEqual(BUDGET);
    }
  }
});

test("the timeline's flight data is at most 25 % of its HTML; a reading page's, the bare page's plus 3 kB", async ({ baseURL }) => {
  const bare = await htmlWeight(baseURL!, `/en${BARE_PAGE}`);
  expect(bare.flight).toBeGreaterThan(0);
  for (const lang of ['en', 'zh']) {
    const timeline = await htmlWeight(baseURL!, `/${lang}`);
    expect(timeline.flight / timeline.html, `/${lang}: ${timeline.flight} of ${timeline.html} B`).toBeLessThanOrEqual(
      TIMELINE_FLIGHT_SHARE,
    );
    for (const path of [...READING_PAGES, '/issues', '/helpers', '/explainers', '/kfuncs/bpf_task_acquire']) {
      const { flight } = await htmlWeight(baseURL!, `/${lang}${path}`);
      expect(flight, `/${lang}${path}: flight ${flight} B vs bare ${bare.flight} B`).toBeLessThanOrEqual(bare.flight + FLIGHT_OVER_BARE);
    }
  }
});

test("an issue's text is in its HTML once: not in the flight data", async ({ request }) => {
  const html = await (await request.get('/en/issues/2')).text();
  const flight = [...html.matchAll(/<script\b[^>]*>(self\.__next_f[\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  // A sentence of the body, and the heading of its "Did you know" section.
  for (const text of ['gives eBPF programs an inode', 'Did you know: CO-RE']) {
    expect(html, text).toContain(text);
    expect(flight, text).not.toContain(text);
  }
});

// Links are plain <a>: next/link would prefetch every link in view (dozens of RSC requests, each
// parsed on the main thread) and make each link a client component to hydrate.
test('reading pages prefetch nothing on load', async ({ page }) => {
  const prefetches: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('_rsc=') || request.headers()['rsc'] === '1') prefetches.push(request.url());
  });
  for (const path of READING_PAGES) {
    await page.goto(`/en${path}`, { waitUntil: 'networkidle' });
  }
  expect(prefetches).toEqual([]);
});
