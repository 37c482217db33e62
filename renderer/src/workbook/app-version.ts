/** The version this build was made from (package.json, injected by Vite): printed on paper and written into backups. */
export const APP_VERSION: string = import.meta.env.VITE_APP_VERSION ?? '';
