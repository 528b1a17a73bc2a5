// サインイン: fills the form's CSRF token and the purposes of use, and says why the page was shown.
import { el, loadSession } from './app.js';

const session = await loadSession();
if (session.signedIn && !location.search.includes('signedOut')) {
  location.href = '/';
}
const form = document.getElementById('signin-form');
const csrf = document.getElementById('csrf');
csrf.name = session.csrf.parameterName;
csrf.value = session.csrf.token;
if (location.search.includes('signedOut')) sessionStorage.removeItem('jusou.purpose'); // the next person chooses anew
const keptPurpose = sessionStorage.getItem('jusou.purpose');
document.getElementById('purpose').append(...session.purposes.map((p) =>
  el('option', { value: p.code, selected: p.code === keptPurpose ? true : null }, p.label)));

for (const provider of session.identityProviders ?? []) {
  form.after(el('p', {}, el('a', { class: 'button', href: provider.url }, `${provider.name}でサインイン`)));
}

const messages = document.getElementById('messages');
const query = new URLSearchParams(location.search);
if (query.has('error')) {
  messages.append(el('p', { class: 'error', role: 'alert' },
    'ユーザー名またはパスワードが違います。失敗が続くと、しばらくの間サインインできなくなります。'));
} else if (query.has('signedOut')) {
  messages.append(el('p', { class: 'notice', role: 'status' }, 'サインアウトしました。'));
} else if (query.has('unknownStaff')) {
  messages.append(el('p', { class: 'error', role: 'alert' },
    '認証基盤のアカウントが職員として登録されていません。管理者に職員アカウントとの対応づけ（subject）を依頼してください。'));
} else if (query.has('expired')) {
  messages.append(el('p', { class: 'notice', role: 'status' }, keptPurpose
    ? 'セッションの有効期限が切れました。選んでいた利用目的はそのままです。もう一度サインインすると元の画面に戻ります。'
    : 'セッションの有効期限が切れました。もう一度サインインすると元の画面に戻ります。'));
}
form.hidden = false;
