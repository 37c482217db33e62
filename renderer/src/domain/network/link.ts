import { z } from 'zod';
import type { RecordMeta } from '../record';

/** Where a link to the outside goes. */
export const outsideKinds = ['internet', 'vpn', 'closedNetwork', 'maintenanceLine'] as const;
export type OutsideKind = (typeof outsideKinds)[number];

export const OUTSIDE_KIND_JA: Record<OutsideKind, string> = {
  internet: 'インターネット',
  vpn: 'VPN',
  closedNetwork: '閉域網',
  maintenanceLine: '保守回線',
};

/** What commonly flows over a hospital link; anything else goes in the free text. */
export const commonFlows = ['orders', 'images', 'labResults', 'billing', 'fileShare', 'remoteDesktop', 'web', 'mail', 'backup', 'updates', 'monitoring'] as const;
export type CommonFlow = (typeof commonFlows)[number];

export const COMMON_FLOW_JA: Record<CommonFlow, string> = {
  orders: 'オーダ・診療データ',
  images: '医用画像（DICOM）',
  labResults: '検査結果',
  billing: '医事会計',
  fileShare: 'ファイル共有',
  remoteDesktop: 'リモートデスクトップ',
  web: 'Web 閲覧',
  mail: 'メール',
  backup: 'バックアップ転送',
  updates: '更新プログラム',
  monitoring: '監視',
};

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong').default('');

const emptyCut = { port: '', room: '', rack: '', who: '', steps: '', stopsWhenCut: '' };

/**
 * 接続 (R8, R18): between two segments, or from a segment to the outside, through a network device, with what flows
 * and how to cut it. `cutOrder` orders cuts within their stage of the isolation plan (domain/network/isolation.ts).
 */
export const linkSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  fromSegmentId: z.string().min(1, 'network.validation.fromRequired'),
  /** The other segment, or '' when the link goes outside. */
  toSegmentId: z.string().default(''),
  outside: z.enum(['', ...outsideKinds]).default(''),
  /** The vendor (or carrier) at the other end of an outside link: a contact. */
  vendorContactId: z.string().default(''),
  /** A system of kind network device (UTM, firewall, router, L3 switch). */
  deviceSystemId: z.string().default(''),
  flows: z.array(z.enum(commonFlows)).default([]),
  flowNotes: text(1000),
  /** リモート保守回線 (R7 checklist 2-②): a vendor's way in, cut first in an attack. */
  remoteMaintenance: z.boolean().default(false),
  cut: z
    .object({
      port: text(80),
      room: text(80),
      rack: text(40),
      who: text(120),
      /** One step a line. */
      steps: text(4000),
      stopsWhenCut: text(2000),
    })
    .default(emptyCut),
  cutOrder: z.number('network.validation.number').int('network.validation.number').min(1, 'network.validation.orderRange').max(999, 'network.validation.orderRange').default(100),
  notes: text(2000),
});

/** The rules across fields: a link joins two different places, and an outside link names where it goes. */
export const validLinkSchema = linkSchema.superRefine((l, ctx) => {
  if (l.toSegmentId && l.toSegmentId === l.fromSegmentId) ctx.addIssue({ code: 'custom', path: ['toSegmentId'], message: 'network.validation.selfLink' });
  if (!l.toSegmentId && !l.outside) ctx.addIssue({ code: 'custom', path: ['toSegmentId'], message: 'network.validation.toRequired' });
  if (l.toSegmentId && l.outside) ctx.addIssue({ code: 'custom', path: ['outside'], message: 'network.validation.bothEnds' });
  if ((l.outside === 'maintenanceLine' || l.remoteMaintenance) && !l.vendorContactId) {
    ctx.addIssue({ code: 'custom', path: ['vendorContactId'], message: 'network.validation.vendorRequired' });
  }
});

export type LinkFields = z.output<typeof linkSchema>;
export type NetworkLink = LinkFields & RecordMeta;

/** The steps of a cut, one a line, without blank lines. */
export function cutSteps(link: Pick<LinkFields, 'cut'>): string[] {
  return link.cut.steps
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** 「本館 2F サーバ室 R03 ポート 24」 */
export function cutPlace(link: Pick<LinkFields, 'cut'>): string {
  const { room, rack, port } = link.cut;
  return [room, rack, port && `ポート ${port}`].filter(Boolean).join(' ');
}
