import type { SearchSource } from '../../workbook/feature-module';

/** Ctrl+K finds a segment by name, VLAN, subnet or place (e.g. typing 「VLAN 20」 or 「10.20」). */
export const segmentSearch: SearchSource = {
  table: 'segments',
  groupTitleKey: 'network.search.group',
  text: (s) => [s.name, s.vlan, s.subnet, s.location],
  label: (s) => s.name,
  detail: (s, t) => <span className="muted">{t(`network.purpose.${s.purpose}`)}</span>,
  href: (s) => `/network/segments/${s.id}`,
};

/** …and a link by name, which is how people call them (「電子カルテ保守 VPN」). */
export const linkSearch: SearchSource = {
  table: 'links',
  groupTitleKey: 'network.search.group',
  text: (l) => [l.name, l.flowNotes],
  label: (l) => l.name,
  detail: (l, t) => <span className="muted">{l.remoteMaintenance ? t('network.links.remoteMark') : t('network.links.heading')}</span>,
  href: (l) => `/network/links/${l.id}`,
};
