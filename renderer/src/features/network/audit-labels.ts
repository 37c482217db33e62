import type { AuditFieldLabels } from '../../workbook/audit-labels';

/** How the audit log names the fields of segments and links. */
export const networkAuditLabels = {
  segments: {
    name: 'network.segment.name',
    purpose: 'network.segment.purpose',
    vlan: 'network.segment.vlan',
    subnet: 'network.segment.subnet',
    location: 'network.segment.location',
    owner: 'network.segment.owner',
    notes: 'network.segment.notes',
    demo: 'audit.fieldNames.demo',
  },
  links: {
    name: 'network.link.name',
    fromSegmentId: 'network.link.from',
    toSegmentId: 'network.link.to',
    outside: 'network.link.outside',
    vendorContactId: 'network.link.vendor',
    deviceSystemId: 'network.link.device',
    flows: 'network.link.flows',
    flowNotes: 'network.link.flowNotes',
    remoteMaintenance: 'network.link.remoteMaintenance',
    cut: 'network.links.cutHeading',
    cutOrder: 'network.link.cutOrder',
    notes: 'network.link.notes',
    demo: 'audit.fieldNames.demo',
  },
} satisfies Partial<AuditFieldLabels>;
