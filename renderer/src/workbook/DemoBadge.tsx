import { useTranslation } from 'react-i18next';

/** Marks anything that came from the sample workbook, wherever it shows. */
export function DemoBadge() {
  const { t } = useTranslation();
  return <span className="badge demo">{t('demo.badge')}</span>;
}
