import { useTranslation } from 'react-i18next';
import type { ModuleAreaKey } from '../../workbook/areas';

export function PlannedArea({ area }: { area: ModuleAreaKey }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="planned-heading">
      <h1 id="planned-heading">{t(`nav.${area}`)}</h1>
      <div className="card">
        <h2>{t('areaPlan.heading')}</h2>
        <p>{t('areaPlan.intro')}</p>
        <p>{t(`areaPlan.${area}`)}</p>
      </div>
    </section>
  );
}
