// Errors worded for whoever reads the failed build log.

export function notInstalled(name: string): Error {
  return new Error(
    `offline: the site imports npm:${name}, which is not installed. ` +
      `Add it with \`npm install --save-exact ${name}\` (the build takes every library from node_modules).`,
  );
}

export function refused(url: string): Error {
  return new Error(
    `offline: refusing to fetch ${url}: the build uses no network; ` +
      `only npm version look-ups and package files are answered, from node_modules (scripts/offline).`,
  );
}
