declare const __PACKAGE_VERSION__: string | undefined;

/** Version of this mod, baked in at build time (tests run the source, where it is unset). */
export const MOD_VERSION: string =
  typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-dev';
