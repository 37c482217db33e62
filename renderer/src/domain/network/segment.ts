import { z } from 'zod';
import type { RecordMeta } from '../record';

/** What a segment is for, in the words of the device guide (電子カルテ系, 部門系, 医療機器系…). */
export const segmentPurposes = ['ehr', 'departmental', 'medicalDevice', 'office', 'backup', 'internet', 'maintenance', 'other'] as const;
export type SegmentPurpose = (typeof segmentPurposes)[number];

export const SEGMENT_PURPOSE_JA: Record<SegmentPurpose, string> = {
  ehr: '電子カルテ系',
  departmental: '部門系',
  medicalDevice: '医療機器系',
  office: '事務系',
  backup: 'バックアップ系',
  internet: 'インターネット系',
  maintenance: '保守回線',
  other: 'その他',
};

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');

/** 「192.168.10.0/24」 or an IPv6 prefix; '' when not known. Only the shape is checked: the hospital's plan is the truth. */
const subnet = z
  .string()
  .trim()
  .max(60, 'validation.tooLong')
  .refine((v) => v === '' || /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(v), 'network.validation.subnet')
  .default('');

/** ネットワークセグメント (R8, R18): a part of the hospital network that systems sit on and that can be cut off as one. */
export const segmentSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(80, 'validation.tooLong'),
  purpose: z.enum(segmentPurposes).default('other'),
  vlan: text(40),
  subnet,
  location: text(120),
  owner: text(80),
  notes: text(2000),
});

export type SegmentFields = z.output<typeof segmentSchema>;
export type NetworkSegment = SegmentFields & RecordMeta;

export function compareSegments(a: Pick<SegmentFields, 'name'>, b: Pick<SegmentFields, 'name'>): number {
  return a.name.localeCompare(b.name, 'ja');
}
