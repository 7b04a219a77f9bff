/**
 * `npm run listing-images`: the Marketplace icons (32×32 and 128×128) and card banner (220×140)
 * as PNG in listing/, all drawn from listing/icon.svg by the Chromium the browser tests use.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { launchChromium } from '../src/local/playground/chromium';

// scripts/run-ts.mjs sets argv[1] to this file, wherever its bundle runs from.
const root = resolve(dirname(process.argv[1]), '..');
const listing = join(root, 'listing');
const BACKGROUND = '#1f5f4a';

const svg = readFileSync(join(listing, 'icon.svg'), 'utf8').replace(
  / width="128" height="128"/,
  ' width="100%" height="100%"',
);

const icon = (size: number) => ({
  file: `icon-${size}.png`,
  width: size,
  height: size,
  html: `<div style="width:${size}px;height:${size}px">${svg}</div>`,
});

/** The banner shows the icon beside the add-on's name on the icon's own colour. */
const banner = {
  file: 'banner-220x140.png',
  width: 220,
  height: 140,
  html: `<div style="width:220px;height:140px;background:${BACKGROUND};display:flex;align-items:center;gap:12px;padding:0 14px;box-sizing:border-box;font-family:'DejaVu Sans',Arial,sans-serif;color:#fff">
    <div style="width:76px;height:76px;flex:none">${svg}</div>
    <div style="font-size:17px;font-weight:700;line-height:1.2">Business Model Canvas<div style="font-size:11px;font-weight:400;margin-top:6px;color:#cfeee0">a live financial model in Sheets</div></div>
  </div>`,
};

async function main(): Promise<void> {
  const browser = await launchChromium(30_000);
  try {
    for (const image of [icon(32), icon(128), banner]) {
      const page = await browser.newPage({ viewport: { width: image.width, height: image.height } });
      await page.setContent(
        `<!DOCTYPE html><html><body style="margin:0;background:transparent">${image.html}</body></html>`,
      );
      await page.screenshot({ path: join(listing, image.file), omitBackground: true });
      await page.close();
      console.log(`listing/${image.file}  ${image.width}×${image.height}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
