import type { RecordReference } from './references';

/**
 * References the network area's records hold. A segment in use is never deleted silently: systems and links that use
 * it refuse the delete (the confirmation names them), unless the user chooses to move them (db/network-store.ts).
 */
export const networkReferences: readonly RecordReference[] = [
  {
    from: 'systems',
    field: 'segmentId',
    to: 'segments',
    onDelete: 'refuse',
    refersTo: (system, segmentId) => system.segmentId === segmentId,
    messageKey: 'network.references.systems',
  },
  {
    from: 'links',
    field: 'fromSegmentId / toSegmentId',
    to: 'segments',
    onDelete: 'refuse',
    refersTo: (link, segmentId) => link.fromSegmentId === segmentId || link.toSegmentId === segmentId,
    messageKey: 'network.references.links',
  },
  {
    from: 'links',
    field: 'deviceSystemId',
    to: 'systems',
    onDelete: 'clear',
    refersTo: (link, systemId) => link.deviceSystemId === systemId,
    clear: (link) => ({ ...link, deviceSystemId: '' }),
    messageKey: 'network.references.device',
  },
  {
    // A maintenance line without its vendor could not be cut by phone: the contact stays until the line is changed.
    from: 'links',
    field: 'vendorContactId',
    to: 'contacts',
    onDelete: 'refuse',
    refersTo: (link, contactId) => link.vendorContactId === contactId,
    messageKey: 'network.references.vendor',
  },
];
