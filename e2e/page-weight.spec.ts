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

test("the timeline's versions out of view are not laid out, and the room kept for each holds it on a 320 px phone", async ({ page }) => {
  for (const lang of ['zh', 'en']) {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/${lang}`);
    // With the host badges in (they make records taller): the room must hold the taller form.
    await expect(page.locator('li[data-version] [data-host-badge] > *').first()).toBeAttached();
    const sections = await page.$$eval('li[data-version]', (lis) =>
      lis.map((li) => {
        const style = getComputedStyle(li);
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        // "auto 123.5rem" as given, or the computed "auto 1976px".
        const kept = /auto ([\d.]+)(px|rem)/.exec(li.style.containIntrinsicSize || style.containIntrinsicHeight);
        const visibility = style.contentVisibility; // read before the line below changes it (a live object)
        li.style.contentVisibility = 'visible'; // laid out for real, to measure
        const height = li.getBoundingClientRect().height;
        return {
          version: li.dataset.version,
          visibility,
          keptPx: kept ? parseFloat(kept[1]!) * (kept[2] === 'rem' ? rem : 1) : 0,
          height,
        };
      }),
    );
    expect(sections.length).toBeGreaterThan(30);
    for (const s of sections) {
      expect(s.visibility, `/${lang} v${s.version}`).toBe('auto');
      // Less room than it needs would let a section laid out on demand overlap the next one.
      expect(s.height, `/${lang} v${s.version}: ${s.height} px in ${s.keptPx} px kept`).toBeLessThanOrEqual(s.keptPx);
    }
  }
});
