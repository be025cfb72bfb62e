import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
const base = process.argv[2] ?? 'http://localhost:4351';
const shots = JSON.parse(process.argv[3]);
for (const [name, path, width, scheme, media] of shots) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  const page = await ctx.newPage();
  await page.goto(base + path);
  if (media) await page.emulateMedia({ media });
  await page.screenshot({ path: `/tmp/hardening-shots/${name}.png`, fullPage: true });
  if (media === 'print') await page.pdf({ path: `/tmp/hardening-shots/${name}.pdf`, format: 'A4' });
  await ctx.close();
}
await browser.close();
