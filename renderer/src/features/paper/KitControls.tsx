import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KitQuantity } from '../../domain/paper/downtime-kit';
import { DEFAULT_PLANNED_DAYS, MAX_PLANNED_DAYS } from '../../domain/paper/stock-plan';

/** How many forms a kit holds: one master of each, or the stock plan's usage for some days. */
export function useKitQuantity() {
  const [kind, setKind] = useState<KitQuantity['kind']>('one');
  const [daysText, setDaysText] = useState('3');
  const days = Number(daysText);
  const valid = kind === 'one' || (Number.isInteger(days) && days >= 1 && days <= MAX_PLANNED_DAYS);
  const quantity: KitQuantity = kind === 'one' ? { kind } : { kind, days: valid ? days : DEFAULT_PLANNED_DAYS };
  return { kind, setKind, daysText, setDaysText, quantity, valid };
}

export function KitQuantityFields({ state }: { state: ReturnType<typeof useKitQuantity> }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="paper-kit-quantity">
      <legend>{t('paper.kit.quantity')}</legend>
      <label>
        <input type="radio" name={`${id}-kind`} checked={state.kind === 'one'} onChange={() => state.setKind('one')} /> {t('paper.kit.one')}
      </label>
      <label>
        <input type="radio" name={`${id}-kind`} checked={state.kind === 'days'} onChange={() => state.setKind('days')} /> {t('paper.kit.days')}
      </label>
      {state.kind === 'days' && (
        <span className="field paper-inline">
          <label htmlFor={`${id}-days`}>{t('paper.kit.daysLabel')}</label>
          <input
            id={`${id}-days`}
            type="number"
            min={1}
            max={MAX_PLANNED_DAYS}
            value={state.daysText}
            aria-invalid={state.valid ? undefined : true}
            onChange={(e) => state.setDaysText(e.target.value)}
          />
          {!state.valid && (
            <span className="error" role="alert">
              {t('paper.validation.days', { max: MAX_PLANNED_DAYS })}
            </span>
          )}
          <span className="hint">{t('paper.kit.daysHint')}</span>
        </span>
      )}
    </fieldset>
  );
}
