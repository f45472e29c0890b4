// Copies the app's chosen illustrations (shared/domain/pictures.ts) out of the Iconify JSON set into the renderer
// build as one small SVG file each, with the set's licence beside them: the 8 MB set itself is never shipped.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { illustrationIds } from '../shared/domain/pictures';

type IconData = { body: string; width?: number; height?: number; left?: number; top?: number };
export type IconSet = {
  prefix: string;
  icons: Record<string, IconData>;
  aliases?: Record<string, { parent: string } & Partial<IconData>>;
  width?: number;
  height?: number;
};
type SetInfo = { name: string; author: { name: string; url?: string }; license: { title: string; spdx: string; url?: string } };

const SET = '@iconify-json/fluent-emoji-flat';

/** One standalone SVG per id; throws when the set lacks one (a typo in the list must fail the build). */
export function illustrationSvgs(set: IconSet, ids: readonly string[]): Map<string, string> {
  const svgs = new Map<string, string>();
  for (const id of ids) {
    const alias = set.aliases?.[id];
    const icon = set.icons[alias ? alias.parent : id];
    if (!icon) throw new Error(`Illustration "${id}" is not in the ${set.prefix} set`);
    const width = alias?.width ?? icon.width ?? set.width ?? 16;
    const height = alias?.height ?? icon.height ?? set.height ?? 16;
    const left = icon.left ?? 0;
    const top = icon.top ?? 0;
    svgs.set(id, `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}">${icon.body}</svg>`);
  }
  return svgs;
}

export function licenceText(info: SetInfo, count: number): string {
  return [
    `${count} illustrations from ${info.name} by ${info.author.name}${info.author.url ? ` (${info.author.url})` : ''},`,
    `licensed under ${info.license.title} (SPDX: ${info.license.spdx})${info.license.url ? `: ${info.license.url}` : ''}.`,
    'Taken from the npm package @iconify-json/fluent-emoji-flat.',
    '',
  ].join('\n');
}

export function loadIconSet(): { set: IconSet; info: SetInfo } {
  const require = createRequire(import.meta.url);
  const read = (file: string): unknown => JSON.parse(readFileSync(require.resolve(`${SET}/${file}`), 'utf8'));
  return { set: read('icons.json') as IconSet, info: read('info.json') as SetInfo };
}

/** Vite plugin for the renderer build: emits pictures/<id>.svg and pictures/LICENSE.txt. */
export function illustrationsPlugin(): Plugin {
  return {
    name: 'kiosk-illustrations',
    generateBundle() {
      const { set, info } = loadIconSet();
      for (const [id, svg] of illustrationSvgs(set, illustrationIds)) this.emitFile({ type: 'asset', fileName: `pictures/${id}.svg`, source: svg });
      this.emitFile({ type: 'asset', fileName: 'pictures/LICENSE.txt', source: licenceText(info, illustrationIds.length) });
    },
  };
}
