// Screenshots for review — looked at, not compared, so not part of `npm test`.
//   npm run screenshots [-- --out dir]      (after `npm run build`)
// Serves dist/ on a loopback port of its own and writes, for en, ja and zh at 1280 px and 360 px, a
// plan with long inputs everywhere (dual-stack with IPv6 ranges, long host names, an external etcd
// cluster, firewall rules per range): the first screen, the sizing cards, the findings, the
// diagrams, the network panel, the install panel, and the comparison with two variants of it (upstream
// rules; embedded etcd on five servers, decision 026); the day-2 panel's backups, air gap and tokens
// for a plan with every day-2 section; and the printed report in English.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM_ARGS, chromiumExecutable } from './chromium.mjs';

const args = process.argv.slice(2);
const out = args.includes('--out') ? (args[args.indexOf('--out') + 1] ?? '') : 'e2e/screenshots/out';
const port = Number(process.env.SCREENSHOT_PORT ?? 4390);
mkdirSync(out, { recursive: true });

const LONG = {
  v: '1',
  ha: 'ha-external',
  ds: 'external-etcd',
  s: '2',
  a: '300',
  ip: 'dual',
  cc: '10.42.0.0/16,2001:cafe:1234:5678::/56',
  sc: '10.43.0.0/16,2001:db8:abcd:ef01:2345::/112',
  nn: '2001:db8:ffff:eeee::/64,192.168.100.0/24',
  dbh: 'etcd-member-number-one.example.internal,etcd-member-number-two.example.internal,etcd-3.example.internal',
  reg: 'kubernetes-api.production.cluster.example.internal',
  sn: 'control-plane-node-{n}.datacenter-one.example.internal',
  fw: 'firewalld',
  spegel: '1',
};
/** The long plan, compared with itself under the upstream rules and with five servers on embedded etcd. */
const COMPARED = [
  new URLSearchParams({ ...LONG, rules: 'upstream-2026.12' }).toString(),
  new URLSearchParams({ ...LONG, ha: 'ha-embedded', ds: 'embedded-etcd', s: '5', dbh: '' }).toString(),
];
/** A day-2 plan with every section: snapshots to S3, an upgrade, an air gap through a private registry. */
const DAY2 = {
  v: '1',
  ha: 'ha-embedded',
  ds: 'embedded-etcd',
  s: '3',
  a: '40',
  arch: 'arm64',
  s3: '1',
  sdisk: '20',
  ret: '10',
  upf: 'v1.30',
  upt: 'v1.33',
  ag: '1',
  agr: 'registry-mirror.datacenter-one.example.internal:5000',
  agra: '1',
  agrc: '1',
  sn: 'control-plane-node-{n}.datacenter-one.example.internal',
};
/** The day-2 panel's sections, shot from the day-2 plan. */
const DAY2_SECTIONS = {
  'day2-backup': '[data-testid="day2-panel"] .day2__section',
  'day2-airgap': '[data-testid="day2-airgap"]',
  'day2-tokens': '[data-testid="day2-tokens"]',
};
/** Sections by CSS selector. */
const SECTIONS = {
  cards: '.cards',
  findings: '.findings',
  diagrams: '.visuals',
  network: '.network',
  install: '.install',
  compare: '.compare',
};

const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${String(port)}/`;
/**
 * The day-2 plan's link in a language.
 * @param {string} lang
 */
const day2Link = (lang) => `${base}?${new URLSearchParams({ ...DAY2, lang }).toString()}`;
/**
 * The link of the long plan, with its comparison, in a language.
 * @param {string} lang
 */
const link = (lang) => {
  const params = new URLSearchParams({ ...LONG, lang });
  for (const c of COMPARED) params.append('cmp', c);
  return `${base}?${params.toString()}`;
};
for (let i = 0; i < 100; i++) {
  if (
    await fetch(base).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  await new Promise((r) => setTimeout(r, 200));
}

/**
 * The panels further down load when reached: reach each through the results' navigation, as a reader does.
 * @param {import('@playwright/test').Page} page
 */
async function openSections(page) {
  for (const anchor of ['machines', 'diagrams', 'install', 'day2']) {
    const link = page.locator(`nav.results-nav a[href="#${anchor}"]`);
    if ((await link.count()) === 0) continue;
    await link.click();
    await page.locator(`section#${anchor}`).waitFor({ timeout: 15000 });
  }
}

const executablePath = chromiumExecutable();
const browser = await chromium.launch(executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {});
try {
  for (const lang of ['en', 'ja', 'zh']) {
    for (const { name, width } of [
      { name: 'desktop', width: 1280 },
      { name: 'phone', width: 360 },
    ]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      page.on('pageerror', (err) => console.error(`[${lang} ${name}] pageerror: ${err.message}`));
      await page.goto(link(lang));
      await page.getByTestId('server-card').waitFor();
      await page.screenshot({ path: `${out}/${lang}-${name}-first-screen.png` });
      await openSections(page);
      // Every panel laid out, as an in-page link has them (decision 014), then the charts drawn.
      await page.evaluate(() => document.documentElement.classList.add('in-page-jump'));
      for (const [id, selector] of Object.entries(SECTIONS)) {
        const section = page.locator(selector).first();
        await section.scrollIntoViewIfNeeded();
        // Through the section a screen at a time, so what draws near the screen (charts) is drawn.
        await page.evaluate(async (sel) => {
          const el = document.querySelector(sel);
          if (!(el instanceof HTMLElement)) return;
          const top = el.getBoundingClientRect().top + window.scrollY;
          for (let y = 0; y < el.offsetHeight; y += 600) {
            window.scrollTo(0, top + y);
            await new Promise((r) => setTimeout(r, 150));
          }
        }, selector);
        await page.waitForTimeout(400);
        await section.screenshot({ path: `${out}/${lang}-${name}-${id}.png` });
      }
      await page.goto(day2Link(lang));
      await page.getByTestId('server-card').waitFor();
      await openSections(page);
      await page.evaluate(() => document.documentElement.classList.add('in-page-jump'));
      for (const [id, selector] of Object.entries(DAY2_SECTIONS)) {
        const section = page.locator(selector).first();
        await section.scrollIntoViewIfNeeded();
        await section.waitFor();
        await section.screenshot({ path: `${out}/${lang}-${name}-${id}.png` });
      }
      await page.close();
    }
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(link('en'));
  await page.getByTestId('server-card').waitFor();
  // Printed from the keyboard, which loads every panel first; the dialog itself is left out.
  await page.evaluate(() => {
    window.print = () => window.dispatchEvent(new Event('beforeprint'));
  });
  await page.getByRole('textbox', { name: 'Servers', exact: true }).and(page.locator(':enabled')).waitFor();
  await page.keyboard.press('ControlOrMeta+P');
  await page.locator('section#install').waitFor({ timeout: 15000 });
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/en-print.png`, fullPage: true });
  console.log(`screenshots in ${out}/`);
} finally {
  await browser.close();
  server.kill();
}
