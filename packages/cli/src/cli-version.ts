declare const __PACKAGE_VERSION__: string | undefined;

/** This package's version (baked in at build time). */
export const CLI_VERSION: string =
  typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-dev';
