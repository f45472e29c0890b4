// Types for scripts/make-icons.mjs (a plain Node script, also imported by scripts/icons.test.ts).
export declare const ICON_SOURCE: string;
export declare const BUILD_RESOURCES: string;
export declare const LINUX_SIZES: number[];
export declare const ICO_SIZES: number[];
export declare const SOURCE_HASH_FILE: string;
export declare function sourceHash(): string;
export declare function icoOf(pngs: { size: number; png: Buffer }[]): Buffer;
