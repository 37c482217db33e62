/**
 * The folders the user picked in the folder dialog: the only places automatic backups are written to, listed from
 * or rotated in. The renderer names a folder by its path, so without this list a page that got into the window
 * could write into, probe or empty any folder (keep: 1 rotates a real backup folder bare).
 *
 * Kept in a small JSON file in the app's own data folder, so the choice survives a restart.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './saved-files';

/** One folder, however it is written: resolved, without a trailing separator, case-blind on Windows. */
export function folderKey(folder: string, platform: string = process.platform): string {
  const resolved = platform === 'win32' ? path.win32.resolve(folder).toLowerCase() : path.posix.resolve(folder);
  return resolved.replace(/[\\/]+$/, '');
}

export class ChosenFolders {
  #keys: Promise<Set<string>> | undefined;

  /** `file`: where the list is kept; null keeps it in memory only (tests). */
  constructor(
    private readonly file: string | null,
    private readonly platform: string = process.platform,
  ) {}

  async has(folder: string): Promise<boolean> {
    return (await this.#load()).has(folderKey(folder, this.platform));
  }

  async add(folder: string): Promise<void> {
    const keys = await this.#load();
    const key = folderKey(folder, this.platform);
    if (keys.has(key)) return;
    keys.add(key);
    if (this.file) await writeFileAtomic(this.file, new TextEncoder().encode(JSON.stringify([...keys], null, 2)));
  }

  #load(): Promise<Set<string>> {
    this.#keys ??= this.#read();
    return this.#keys;
  }

  async #read(): Promise<Set<string>> {
    let stored: unknown = [];
    if (this.file) {
      try {
        stored = JSON.parse(await readFile(this.file, 'utf8'));
      } catch {
        // First start, or a damaged file: the user picks the folder again, which is safe.
      }
    }
    return new Set(Array.isArray(stored) ? stored.filter((k): k is string => typeof k === 'string') : []);
  }
}
