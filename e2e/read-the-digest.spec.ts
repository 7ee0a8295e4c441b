import { expect, test, type Page } from '@playwright/test';
import { DIGEST_ISSUES, LATEST_ISSUE } from '../test/digest-issues';

const TITLE = { zh: (n: number) => `eBPF 今日头条 ${n}`, en: (n: number) => `eBPF Daily Headlines #${n}` };
const ALL_NUMBERS = [1, 2, 3, 4, 5];

async function expectAdjacent(page: Page, lang: 'zh' | 'en', n: number) {
  const nav = page.getByRole('navigation', { name: lang === 'zh' ? '更多期数' : 'More issues' });
  const prev = nav.locator('a[rel="prev"]');
  const next = nav.locator('a[rel="next"]');
  if (n > 1) await expect(prev).toHaveAttribute('href', `/${lang}/issues/${n - 1}`);
  else await expect(prev).toHaveCount(0);
  if (n < ALL_NUMBERS.length) await expect(next).toHaveAttribute('href', `/${lang}/issues/${n + 1}`);
  else await expect(next).toHaveCount(0);
}

for (const lang of ['zh', 'en'] as const) {
  for (const issue of DIGEST_ISSUES) {
    test(`${lang}: issue ${issue.number} — its items with badges, attribution, Did You Know in place, previous and next`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/issues`);
      await page
        .getByRole('link', { name: TITLE[lang](issue.number), exact: true })
        .first()
        .click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/issues/${issue.number}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE[lang](issue.number));

      const features = page.locator('[data-feature]');
      expect(await features.evaluateAll((els) => els.map((el) => el.getAttribute('data-feature')))).toEqual([...issue.featureIds]);
      for (const id of issue.featureIds) {
        const block = page.locator(`[data-feature="${id}"]`);
        await expect(block.getByRole('heading', { level: 3 }).first()).toBeVisible();
        // Every record has its landing (kernel or userspace version) and a category as badges.
        await expect(block.locator('ul[aria-label] li').first()).toHaveText(/^(Linux|libbpf|bpftool|iproute2) \d+\.\d+$/);
        expect(await block.locator('ul[aria-label] li').count(), id).toBeGreaterThanOrEqual(2);
      }
      await expect(page.locator(`[data-feature="${issue.code.feature}"] code`, { hasText: issue.code.text }).first()).toBeVisible();

      const attribution = page.getByTestId('attribution');
      await expect(attribution).toContainText(`eBPF Updates #${issue.number}`);
      await expect(attribution).toContainText('CC BY 4.0');
      await expect(attribution).toContainText(lang === 'zh' ? '本站自行改写' : 'own adaptation');
      await expect(attribution.getByRole('link', { name: issue.post })).toHaveAttribute('href', issue.post);

      const dyk = page.locator('[data-did-you-know]');
      if (issue.didYouKnow) {
        const { slug, code } = issue.didYouKnow;
        await expect(dyk).toHaveCount(1);
        await expect(dyk).toHaveAttribute('data-did-you-know', slug);
        await expect(dyk.getByRole('heading', { level: 2 })).toContainText(lang === 'zh' ? '你知道吗' : 'Did you know');
        // The explainer's own text, not a pointer: its code and several paragraphs are here.
        await expect(dyk.locator('code', { hasText: code }).first()).toBeVisible();
        expect(await dyk.locator('p').count()).toBeGreaterThan(4);
        await expect(
          dyk.getByRole('link', { name: lang === 'zh' ? '在单独页面阅读这一节 →' : 'This section on its own page →' }),
        ).toHaveAttribute('href', `/${lang}/explainers/${slug}`);
      } else {
        await expect(dyk).toHaveCount(0);
      }

      await expectAdjacent(page, lang, issue.number);
    });
  }

  test(`${lang}: issue 2 reads its CO-RE section in place, from the explainer`, async ({ page }) => {
    await page.goto(`/${lang}/explainers/co-re`);
    const firstParagraph = (await page.locator('main article p').first().textContent())!.trim().slice(0, 40);
    await page.goto(`/${lang}/issues/2`);
    const dyk = page.locator('[data-did-you-know="co-re"]');
    await expect(dyk.getByRole('heading', { level: 2 })).toContainText('CO-RE');
    await expect(dyk).toContainText(firstParagraph);
    await expectAdjacent(page, lang, 2);
  });

  test(`${lang}: the issues index lists all five with period, kernel cycle and number of items`, async ({ page }) => {
    await page.goto(`/${lang}/issues`);
    for (const n of ALL_NUMBERS) {
      const item = page.locator('li', { has: page.getByRole('link', { name: TITLE[lang](n), exact: true }) });
      await expect(item).toContainText(/Linux 5\.1[1-3]/);
      await expect(item).toContainText(lang === 'zh' ? /\d+ 个特性/ : /\d+ features/);
    }
  });

  for (const width of [375, 1280]) {
    test(`${lang}: the home page opens on the latest issue at ${width} px`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: width < 500 ? 812 : 900 } });
      const page = await context.newPage();
      await page.goto(`/${lang}`);
      const latest = page.getByTestId('latest-issue');
      const heading = latest.getByRole('heading', { level: 2 });
      await expect(heading).toHaveText(TITLE[lang](LATEST_ISSUE));
      await expect(heading).toBeInViewport();
      await expect(latest.locator('[data-lead-feature]').first()).toBeInViewport();
      await expect(latest.locator('[data-lead-feature]')).toHaveCount(4);
      await expect(
        latest.getByRole('link', { name: lang === 'zh' ? `阅读第 ${LATEST_ISSUE} 期 →` : `Read issue ${LATEST_ISSUE} →` }),
      ).toHaveAttribute('href', `/${lang}/issues/${LATEST_ISSUE}`);
      // Then every issue in order, then the timeline, whose catalog lists come after the digest's records.
      const issues = page.getByTestId('digest-issues').getByRole('link');
      expect(await issues.evaluateAll((els) => els.map((el) => el.getAttribute('href')))).toEqual(
        ALL_NUMBERS.map((n) => `/${lang}/issues/${n}`),
      );
      const order = await page.evaluate(() => {
        const top = (el: Element | null) => (el ? el.getBoundingClientRect().top + window.scrollY : -1);
        return {
          digest: top(document.querySelector('[data-testid="digest-issues"]')),
          timeline: top(document.querySelector('#timeline')),
          firstRecordOfTimeline: top(document.querySelector('[data-version] [data-feature]')),
        };
      });
      expect(order.digest).toBeLessThan(order.timeline);
      expect(order.timeline).toBeLessThan(order.firstRecordOfTimeline);
      await context.close();
    });
  }
}
