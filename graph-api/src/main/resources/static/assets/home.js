// はじめに: the pages this user's roles open, one card each.
import { el, pagesFor, purposeNotice, startPage } from './app.js';

const returnTo = sessionStorage.getItem('jusou.returnTo');
if (returnTo) {
  // signed in again after the session ended: back to the page that was open
  sessionStorage.removeItem('jusou.returnTo');
  if (returnTo.startsWith('/') && !returnTo.startsWith('//')) location.replace(returnTo);
}
const { me } = await startPage('/');
purposeNotice(document.getElementById('messages'), me.roles);
document.getElementById('cards').replaceChildren(...pagesFor(me.roles).map((page) =>
  el('a', { href: page.path }, el('strong', {}, page.label), el('span', {}, page.about))));
if (pagesFor(me.roles).length === 0) {
  document.getElementById('cards').append(el('p', {}, 'この役割で使える画面はありません（管理は API から行います）。'));
}
