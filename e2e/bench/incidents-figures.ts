/**
 * Incident mode's figures: the status board with every system of the large workbook (500), first paint and a status
 * change until repainted; a timeline of 5,000 entries, scrolled to the end and added to; and the incident record PDF
 * of 5,000 entries against raw pdfmake on the same rows.
 */
import type { Browser } from '@playwright/test';
import { markStepDone, stepsFromTemplate } from '../../renderer/src/domain/incidents/response-steps';
import { buildIncidentRecord } from '../../renderer/src/pdf/documents/incidents/incident-record';
import { seedPage } from './browser-figures';
import { comparePdf } from './node-figures';
import { summarize } from './stats';
import { BENCH_USER } from './synthetic-workbook';

const ENTRIES = 5_000;
const INCIDENT_ID = 'bench-incident';
const DISCOVERED = new Date(Date.now() - 30 * 86_400_000);
const meta = { createdAt: DISCOVERED.toISOString(), updatedAt: DISCOVERED.toISOString(), updatedBy: BENCH_USER };
const steps = stepsFromTemplate(Array.from({ length: 12 }, (_, i) => ({ key: `s${i + 1}`, title: `初動対応の手順 ${i + 1}`, detail: '', links: [] })));

function incident() {
  return {
    id: INCIDENT_ID,
    ...meta,
    kind: 'ransomware' as const,
    exercise: true,
    level: 'total',
    discoveredAt: DISCOVERED.toISOString(),
    declaredAt: DISCOVERED.toISOString(),
    foundBy: '夜勤看護師',
    observed: 'ベンチマーク用の架空のインシデント',
    status: 'active' as const,
    steps: markStepDone(steps, 's1', DISCOVERED.toISOString(), BENCH_USER),
    systemStatuses: [],
    reports: [],
  };
}

function timeline() {
  return Array.from({ length: ENTRIES }, (_, i) => {
    const at = new Date(DISCOVERED.getTime() + i * 60_000).toISOString();
    return { id: `bench-event-${i}`, ...meta, createdAt: at, incidentId: INCIDENT_ID, at, who: `記録者 ${i % 17}`, what: `経過 ${i + 1}：${i % 3 === 0 ? '病棟へ紙運用の継続を連絡' : i % 3 === 1 ? 'サーバ室でログを保全' : 'ベンダーと復旧手順を確認'}` };
  });
}

/** The board and timeline in Chromium, on the large workbook with one incident of 5,000 entries. */
export async function incidentBrowserFigures(browser: Browser, url: string, largeDump: Record<string, unknown[]>, runs: number) {
  const page = await (await browser.newContext()).newPage();
  await seedPage(page, url, { ...largeDump, incidents: [incident()], incidentEvents: timeline() });
  const paint: number[] = [];
  for (let i = 0; i <= runs; i++) {
    await page.goto(`${url}#/`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const start = Date.now();
    await page.goto(`${url}#/incidents/${INCIDENT_ID}?tab=board`);
    await page.getByTestId('status-board').locator('[data-status]').first().waitFor();
    if (i > 0) paint.push(Date.now() - start);
  }
  // One click on a status, until the row shows it (timed inside the page from the click event to the frame after the attribute change).
  const change: number[] = [];
  const statuses = ['down', 'isolated', 'restored', 'up'] as const;
  const labels = { down: '停止', isolated: '隔離', restored: '復旧', up: '稼働' } as const;
  for (let i = 0; i < runs * 4; i++) {
    const row = page.getByTestId('status-board').locator('[data-status]').nth(i % 5);
    // A click on the status the row already has changes nothing (and would wait forever): take the next one then.
    const current = await row.getAttribute('data-status');
    const target = statuses[i % statuses.length] === current ? statuses[(i + 1) % statuses.length]! : statuses[i % statuses.length]!;
    const button = row.getByRole('button', { name: labels[target], exact: true });
    const handle = await row.elementHandle();
    const timing = page.evaluate(
      ([el, want]) =>
        new Promise<number>((resolve) => {
          // From the click itself, not from when the timer was set up: Playwright's checks before clicking are not the app's time.
          let start = performance.now();
          (el as HTMLElement).addEventListener('click', () => (start = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if ((el as HTMLElement).dataset.status === want) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          observer.observe(el as Node, { attributes: true, attributeFilter: ['data-status'] });
        }),
      [handle, target] as const,
    );
    await button.click();
    change.push(await timing);
  }
  // The timeline: jump to its end until the last entry is drawn; then add one with the quick-entry line until it is drawn.
  await page.goto(`${url}#/incidents/${INCIDENT_ID}?tab=timeline`);
  await page.getByTestId('timeline').locator('li').first().waitFor();
  const scroll: number[] = [];
  const add: number[] = [];
  // Timed inside the page, frame by frame until the text is drawn in the list: Playwright's own waiting polls at
  // growing intervals (up to half a second) and would measure its polling instead of the app.
  const drawn = (trigger: 'scroll' | 'enter', text: string) =>
    page.evaluate(
      ([how, want]) =>
        new Promise<number>((resolve) => {
          const list = document.querySelector('[data-testid="timeline"]')!;
          let start = performance.now();
          const check = () => (list.textContent?.includes(want) ? resolve(performance.now() - start) : requestAnimationFrame(check));
          if (how === 'scroll') {
            window.scrollTo(0, document.body.scrollHeight);
            requestAnimationFrame(check);
          } else {
            const input = document.querySelector('[data-testid="quick-entry"]')!;
            input.addEventListener('keydown', () => ((start = performance.now()), requestAnimationFrame(check)), { once: true });
          }
        }),
      [trigger, text] as const,
    );
  // tsx keeps function names with a helper (__name) that the page does not have: give the page a stand-in.
  await page.evaluate('globalThis.__name ??= (f) => f');
  for (let i = 0; i < runs; i++) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByTestId('timeline').locator('li').first().waitFor();
    scroll.push(await drawn('scroll', `経過 ${ENTRIES}：`));
    const text = `ベンチ追加 ${i}`;
    await page.getByTestId('quick-entry').fill(text);
    const timing = drawn('enter', text);
    await page.getByTestId('quick-entry').press('Enter');
    add.push(await timing);
  }
  await page.context().close();
  return { systems: 500, entries: ENTRIES, boardFirstPaintMs: summarize(paint), statusChangeRepaintMs: summarize(change), timelineScrollToEndMs: summarize(scroll), timelineAddMs: summarize(add) };
}

/** The incident record of 5,000 timeline entries against a plain pdfmake table of the same rows. */
export async function incidentRecordPdf(runs: number) {
  const header = { facilityName: 'ベンチ総合病院', version: 'bench', printedAt: new Date(), demo: false };
  const entries = timeline();
  const doc = buildIncidentRecord({ header, incident: { ...incident(), levelName: 'レベル3' }, systems: [], reports: [], timeline: entries });
  const body = [['No.', '時刻', '記入者', '内容', '記録時刻'], ...entries.map((e, i) => [String(i + 1), e.at.slice(5, 16), e.who, e.what, ''])];
  return comparePdf(doc, () => ({ pageSize: 'A4', defaultStyle: { font: 'NotoSansJP', fontSize: 9 }, content: [{ table: { headerRows: 1, widths: [26, 56, 60, '*', 56], body } }] }), runs);
}
