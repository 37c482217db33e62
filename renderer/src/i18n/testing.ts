import i18next from 'i18next';
import { resources, type Language } from './index';

/** A `t` over the app's own resources, for tests of text the screen and the printed pages share. */
export async function translator(lng: Language) {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng, fallbackLng: 'ja', interpolation: { escapeValue: false } });
  return instance.t;
}
