import { networkReferences } from '../../db/network-references';
import type { FeatureModule } from '../../workbook/feature-module';
import { networkAuditLabels } from './audit-labels';
import { networkBinderSections } from './binder';
import { DiagramPage } from './DiagramPage';
import { networkEvidence } from './evidence';
import { IsolationPage } from './IsolationPage';
import { LinkEditorPage } from './LinkEditor';
import { NetworkHome } from './NetworkHome';
import { DiagramPrintCard, IsolationSheetPrintCard } from './NetworkPrintCards';
import { linkSearch, segmentSearch } from './search';
import { SegmentEditorPage } from './SegmentEditor';

/** ネットワーク: segments, links, the isolation plan and the diagram (R8, R18). */
export const networkFeature = {
  areas: ['network'],
  routes: [
    { path: 'network', element: <NetworkHome /> },
    { path: 'network/isolation', element: <IsolationPage /> },
    { path: 'network/diagram', element: <DiagramPage /> },
    { path: 'network/segments/new', element: <SegmentEditorPage /> },
    { path: 'network/segments/:id', element: <SegmentEditorPage /> },
    { path: 'network/links/new', element: <LinkEditorPage /> },
    { path: 'network/links/:id', element: <LinkEditorPage /> },
  ],
  printCards: [DiagramPrintCard, IsolationSheetPrintCard],
  search: [segmentSearch, linkSearch],
  binderSections: networkBinderSections,
  auditLabels: networkAuditLabels,
  references: networkReferences,
  guidelineEvidence: networkEvidence,
} satisfies FeatureModule;
