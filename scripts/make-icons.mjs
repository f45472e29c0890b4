// `npm run icons`: the application icons electron-builder packs, all drawn from resources/icon/icon.svg by
// Debian's Chromium (the one the tests use). Run it after changing the SVG and commit what it writes;
// scripts/icons.test.ts fails while the files are missing, the wrong size, or older than the SVG.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SOURCE = path.join(root, 'resources', 'icon', 'icon.svg');
export const BUILD_RESOURCES = path.join(root, 'build-resources');
/** Linux: one PNG per size, named `<n>x<n>.png` (electron-builder reads the size from the name). */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
/** Windows: one .ico holding these sizes; electron-builder wants 256 at least. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** Written next to the icons: the SVG they were drawn from, so a changed SVG without new icons is caught. */
export const SOURCE_HASH_FILE = path.join(BUILD_RESOURCES, 'icon-source.sha256');

export const sourceHash = () => createHash('sha256').update(readFileSync(ICON_SOURCE)).digest('hex');

/** An ICO file whose entries are PNG images (read by Windows since Vista). */
export function icoOf(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.png)]);
}

async function main() {
  const { chromium } = await import('playwright-core');
  const svg = readFileSync(ICON_SOURCE).toString('base64');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const render = async (size) => {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<body style="margin:0;background:transparent"><img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}" style="display:block"></body>`);
      await page.locator('img').evaluate((img) => img.decode());
      return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    };
    const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES])].sort((a, b) => a - b);
    const pngs = new Map();
    for (const size of sizes) pngs.set(size, await render(size));
    mkdirSync(path.join(BUILD_RESOURCES, 'icons'), { recursive: true });
    for (const size of LINUX_SIZES) writeFileSync(path.join(BUILD_RESOURCES, 'icons', `${size}x${size}.png`), pngs.get(size));
    writeFileSync(path.join(BUILD_RESOURCES, 'icon.png'), pngs.get(512));
    writeFileSync(path.join(BUILD_RESOURCES, 'icon.ico'), icoOf(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))));
    writeFileSync(SOURCE_HASH_FILE, `${sourceHash()}  resources/icon/icon.svg\n`);
    console.log(`Icons written to ${path.relative(root, BUILD_RESOURCES)}/: icons/ (${LINUX_SIZES.join(', ')}), icon.png (512), icon.ico (${ICO_SIZES.join(', ')})`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
