/**
 * The application menu as data (only a type import from electron, so it is unit-tested). Japanese labels,
 * standard roles so the OS provides the behaviour, and no developer items in production: DevTools would
 * give whoever sits at a shared ward PC a console inside the app.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** True only for unpackaged development runs. */
  development: boolean;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate({ platform, appName, development }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];

  if (mac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about', label: `${appName} について` },
        separator,
        { role: 'hide', label: `${appName} を隠す` },
        { role: 'hideOthers', label: 'ほかを隠す' },
        { role: 'unhide', label: 'すべてを表示' },
        separator,
        { role: 'quit', label: `${appName} を終了` },
      ],
    });
  }

  template.push({
    label: 'ファイル',
    submenu: [mac ? { role: 'close', label: 'ウインドウを閉じる' } : { role: 'quit', label: '終了' }],
  });

  template.push({
    label: '編集',
    submenu: [
      { role: 'undo', label: '元に戻す' },
      { role: 'redo', label: 'やり直す' },
      separator,
      { role: 'cut', label: '切り取り' },
      { role: 'copy', label: 'コピー' },
      { role: 'paste', label: '貼り付け' },
      { role: 'selectAll', label: 'すべて選択' },
    ],
  });

  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: '拡大' },
    { role: 'zoomOut', label: '縮小' },
    { role: 'resetZoom', label: '実際のサイズ' },
    separator,
    { role: 'togglefullscreen', label: '全画面表示' },
  ];
  if (development) {
    view.push(
      separator,
      { role: 'reload', label: '再読み込み' },
      { role: 'forceReload', label: '強制的に再読み込み' },
      { role: 'toggleDevTools', label: '開発者ツール' },
    );
  }
  template.push({ label: '表示', submenu: view });

  template.push({
    label: 'ウインドウ',
    submenu: mac
      ? [{ role: 'minimize', label: '最小化' }, { role: 'zoom', label: 'ズーム' }, separator, { role: 'front', label: 'すべてを手前に移動' }]
      : [{ role: 'minimize', label: '最小化' }, { role: 'close', label: '閉じる' }],
  });

  return template;
}
