/** Record ids are random UUIDs: merging copies from several PCs must never collide. */
export function newId(): string {
  return crypto.randomUUID();
}
