/** Fields every stored record carries (DESIGN.md: id, createdAt, updatedAt, updatedBy). Times are ISO 8601 UTC. */
export interface RecordMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  /** Set on records loaded by 「サンプルデータで試す」, so they can be marked and removed in one step. */
  demo?: boolean;
}

/** What a form submits: the record without the fields the repository fills in. */
export type Draft<T extends RecordMeta> = Omit<T, keyof RecordMeta> & Partial<Pick<T, 'id' | 'demo'>>;
