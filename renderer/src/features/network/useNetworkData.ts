import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '../../domain/contacts/contact';
import type { NetworkLink } from '../../domain/network/link';
import { compareSegments, type NetworkSegment } from '../../domain/network/segment';
import { withSystemDefaults, type InventorySystem } from '../../domain/systems/system';
import { useWorkbook } from '../../workbook/WorkbookContext';

export interface NetworkData {
  segments: NetworkSegment[];
  links: NetworkLink[];
  /** Systems are owned by the systems area; read here to place them and to name link devices. */
  systems: InventorySystem[];
  /** Contacts are owned by the contacts area; read here to name a link's vendor. */
  contacts: Contact[];
}

/** Everything the network screens draw, read together and kept current. */
export function useNetworkData(): NetworkData | undefined {
  const { db } = useWorkbook();
  return useLiveQuery(async () => {
    const [segments, links, systems, contacts] = await Promise.all([db.segments.toArray(), db.links.toArray(), db.systems.toArray(), db.contacts.toArray()]);
    return {
      segments: segments.sort(compareSegments),
      links: links.sort((a, b) => a.name.localeCompare(b.name, 'ja')),
      systems: systems.map(withSystemDefaults),
      contacts,
    };
  }, [db]);
}

/** 「電子カルテ系 ⇔ インターネット」 */
export function linkEnds(link: NetworkLink, segmentNames: ReadonlyMap<string, string>, outsideName: (kind: NonNullable<NetworkLink['outside']>) => string): { from: string; to: string } {
  return {
    from: segmentNames.get(link.fromSegmentId) ?? '?',
    to: link.toSegmentId ? (segmentNames.get(link.toSegmentId) ?? '?') : link.outside ? outsideName(link.outside) : '?',
  };
}

export function contactName(contact: Pick<Contact, 'name' | 'organisation'> | undefined): string {
  return contact ? [contact.organisation, contact.name].filter(Boolean).join(' ') : '';
}
