export * from './gomod.js';
export * from './version.js';
export * from './discover.js';
export * from './release.js';
export * from './prepare.js';
export * from './git-tree.js';
export * from './refname.js';
