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
if (location.search.includes('signedOut')) { // the next person chooses anew
  sessionStorage.removeItem('jusou.purpose');
  sessionStorage.removeItem('jusou.username');
}
const keptPurpose = sessionStorage.getItem('jusou.purpose');
document.getElementById('purpose').append(...session.purposes.map((p) =>
  el('option', { value: p.code, selected: p.code === keptPurpose ? true : null }, p.label)));

for (const provider of session.identityProviders ?? []) {
  form.after(el('p', {}, el('a', { class: 'button', href: provider.url }, `${provider.name}でサインイン`)));
}

const messages = document.getElementById('messages');
const query = new URLSearchParams(location.search);
// the user name stays after a refusal: only the password is typed again
const username = document.getElementById('username');
username.value = sessionStorage.getItem('jusou.username') ?? '';
if (username.value) document.getElementById('password').focus();
form.addEventListener('submit', () => sessionStorage.setItem('jusou.username', username.value));

if (query.has('wait')) {
  const seconds = Number(query.get('wait'));
  const wait = seconds >= 60 ? `約${Math.ceil(seconds / 60)}分` : `${seconds}秒`;
  messages.append(el('p', { class: 'error', role: 'alert' },
    `サインインの失敗が続いたため、${wait}待ってからもう一度お試しください（パスワードが正しくても、待つ間は受け付けません）。`));
} else if (query.has('error')) {
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
