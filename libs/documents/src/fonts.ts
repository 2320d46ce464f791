import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Tinos (Apache 2.0, from the npm package @expo-google-fonts/tinos, pinned): metric-compatible with
 * Times New Roman, which NĐ 30/2020 prescribes and which may not be shipped, and complete for
 * Vietnamese. Embedded from node_modules, so the output depends on no font installed on the machine.
 */
const root = dirname(require.resolve('@expo-google-fonts/tinos/package.json'));

export const FONTS = {
  regular: join(root, '400Regular/Tinos_400Regular.ttf'),
  bold: join(root, '700Bold/Tinos_700Bold.ttf'),
  italic: join(root, '400Regular_Italic/Tinos_400Regular_Italic.ttf'),
  boldItalic: join(root, '700Bold_Italic/Tinos_700Bold_Italic.ttf'),
} as const;

export type FontName = keyof typeof FONTS;

const loaded = new Map<FontName, Buffer>();

/** The font file's bytes, read once per process (every document embeds a subset of them). */
export function fontBytes(name: FontName): Buffer {
  let bytes = loaded.get(name);
  if (!bytes) {
    bytes = readFileSync(FONTS[name]);
    loaded.set(name, bytes);
  }
  return bytes;
}
