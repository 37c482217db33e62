/**
 * Every area's words, one line per `i18n/<area>.ts`. The list gives i18n/index.ts its resources and the compiler
 * its keys (see i18n/typed-keys.ts); a file left out of it fails i18n/area-text.test.ts.
 */
export { default as accounts } from './accounts';
export { default as actions } from './actions';
export { default as audit } from './audit';
export { default as checklist } from './checklist';
export { default as contacts } from './contacts';
export { default as distribution } from './distribution';
export { default as drills } from './drills';
export { default as editLock } from './edit-lock';
export { default as incidents } from './incidents';
export { default as network } from './network';
export { default as paper } from './paper';
export { default as plan } from './plan';
export { default as systems } from './systems';
export { default as workbookBackup } from './workbook-backup';
