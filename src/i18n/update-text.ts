import type { Locale } from './types';

/**
 * The notice that a new version of the app is ready, in each language: loaded with the service
 * worker's module after the page is idle (src/app/service-worker.ts), so the first load does not
 * carry it.
 */
const en = {
  title: 'A new version of k3s-sizer is ready',
  body: 'Reload the page to use it. Your plan stays as it is: it is kept in the link and in this browser.',
  reload: 'Reload',
  reloading: 'Reloading…',
  later: 'Later',
};

export type UpdateTexts = typeof en;

const ja: UpdateTexts = {
  title: 'k3s-sizerの新しいバージョンを利用できます',
  body: 'ページを再読み込みすると新しいバージョンに切り替わります。プランはリンクとこのブラウザーに保存されているため、そのまま残ります。',
  reload: '再読み込み',
  reloading: '再読み込み中…',
  later: '後で',
};

const zh: UpdateTexts = {
  title: 'k3s-sizer 有新版本可用',
  body: '重新加载页面即可使用新版本。规划保存在链接和此浏览器中，不会丢失。',
  reload: '重新加载',
  reloading: '正在重新加载…',
  later: '稍后',
};

export const UPDATE_TEXTS: Readonly<Record<Locale, UpdateTexts>> = { en, ja, zh };
