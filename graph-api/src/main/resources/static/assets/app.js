// The workspace's shared parts: the session (CSRF token, purpose of use), GraphQL calls, the page header and
// messages. Pages build their DOM with el() — text is always set as text, never parsed as HTML.

let session = null;

/** An element with properties (attributes; "on…" functions become listeners) and children (nodes or text). */
export function el(tag, props = {}, ...children) {
  const node = tag === 'svg' || props.svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'svg' || value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An SVG element (same as el, in the SVG namespace). */
export function svg(tag, props = {}, ...children) {
  return el(tag, { ...props, svg: true }, ...children);
}

export async function loadSession() {
  const response = await fetch('/workspace/session', { credentials: 'same-origin',
    headers: { Accept: 'application/json', ...FROM_THE_PAGE } });
  session = await response.json();
  return session;
}

export function currentSession() {
  return session;
}

function csrfHeaders() {
  return session ? { [session.csrf.headerName]: session.csrf.token } : {};
}

/** Sends a GraphQL document; answers {data, errors}. A lost session goes back to the sign-in page. */
const BOOKMARK = 'X-Graph-Bookmark';

/** The graph's bookmark from the last answer, sent with the next request so that whichever service
 * instance answers it has seen this tab's own writes (a revoked consent, say). */
function bookmarkHeaders() {
  const bookmark = sessionStorage.getItem(BOOKMARK);
  return bookmark ? { [BOOKMARK]: bookmark } : {};
}

/** Marks the page's own requests: the API answers them 401 without a Basic challenge (no browser prompt). */
const FROM_THE_PAGE = { 'X-Requested-With': 'XMLHttpRequest' };

/** The session ended: remember the purpose and the page, and ask to sign in again. */
function sessionEnded() {
  if (session?.purpose) sessionStorage.setItem('jusou.purpose', session.purpose);
  sessionStorage.setItem('jusou.returnTo', location.pathname + location.search);
  location.href = '/signin?expired';
  throw new Error('signed out');
}

// 読み込み中: shown while any request of the page is under way (body[aria-busy] for assistive technology).
let underWay = 0;
function loading(change) {
  underWay += change;
  document.body.setAttribute('aria-busy', underWay > 0 ? 'true' : 'false');
  let notice = document.getElementById('loading');
  if (!notice) {
    notice = el('div', { id: 'loading', role: 'status' }, '読み込み中…');
    document.body.append(notice);
  }
  notice.hidden = underWay === 0;
}

export async function gql(query, variables = {}, headers = {}) {
  loading(+1);
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...FROM_THE_PAGE, ...csrfHeaders(),
        ...bookmarkHeaders(), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    if (response.status === 401 || response.status === 403) sessionEnded();
    const bookmark = response.headers.get(BOOKMARK);
    if (bookmark) sessionStorage.setItem(BOOKMARK, bookmark);
    return await response.json();
  } finally {
    loading(-1);
  }
}

/** Keeps a purpose of use for this session (blank: none) and reloads the page under it. */
export async function choosePurpose(purpose) {
  const response = await fetch('/workspace/purpose', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', ...FROM_THE_PAGE,
      ...csrfHeaders() },
    body: new URLSearchParams({ purpose }),
  });
  if (response.status === 401 || response.status === 403) sessionEnded();
  if (!response.ok) throw new Error('purpose not kept');
  location.reload();
}

const PAGES = [
  { path: '/today', label: '今日の仕事', roles: ['COORDINATOR', 'CSW', 'AGENCY_STAFF'], about: '対応中のケース、モニタリングの時期が来たプラン、連絡のない世帯、受け取った気づき' },
  { path: '/map', label: '地図', roles: ['CSW', 'COORDINATOR', 'AGENCY_STAFF'], about: '社会資源・活動と、活動の周辺で孤立のおそれがある住民（CSW）' },
  { path: '/household', label: '世帯', roles: ['COORDINATOR', 'CSW', 'AGENCY_STAFF'], about: '世帯のエコマップ、支援プラン、支援経過（多機関協働）' },
  { path: '/record', label: '記録', roles: ['COORDINATOR', 'CSW', 'AGENCY_STAFF'], about: '相談受付票・訪問記録・気づき・同意書・つなぎ・世帯の変更を記録する（窓口・訪問）' },
  { path: '/dashboard', label: 'ダッシュボード', roles: ['DASHBOARD', 'COORDINATOR'], about: '圏域・月別の集計、目標と実績（集計値のみ）' },
  { path: '/evaluation', label: '事業評価', roles: ['DASHBOARD', 'COORDINATOR'], about: '推進会議に報告する年度の目標と実績・成果指標（A4で印刷、CSV）' },
  { path: '/audit', label: '監査', roles: ['PRIVACY_OFFICER'], about: '本人ごとの閲覧記録と監査ログの検証（個人情報保護担当）' },
];

/** Only these roles read persons, so only they choose a purpose of use. */
export function readsPersons(roles) {
  return roles.some((role) => ['COORDINATOR', 'CSW', 'AGENCY_STAFF'].includes(role));
}

export function pagesFor(roles) {
  return PAGES.filter((page) => page.roles.some((role) => roles.includes(role)));
}

/**
 * Builds the header (pages, user, purpose selector, sign-out) and answers {me, session}. The purpose is
 * chosen here once for the session; pages that read persons say so when none is chosen.
 */
export async function startPage(currentPath) {
  await loadSession();
  if (!session.signedIn) {
    location.href = '/signin';
    throw new Error('not signed in');
  }
  const answer = await gql('{ me { username staffName roles purpose agency { id name } areas { id name } } vocabulary { type code label } }');
  const me = answer.data.me;
  if (session.purpose) sessionStorage.setItem('jusou.purpose', session.purpose); // kept for signing in again
  vocabulary = new Map(answer.data.vocabulary.map((term) => [`${term.type}.${term.code}`, term.label]));
  const header = document.querySelector('header.app');
  // choosing moves nothing by itself (an arrow key on the selector must not reload the page): the button applies it
  const applyPurpose = el('button', { type: 'submit', class: 'secondary', id: 'purpose-apply', hidden: true }, '切り替える');
  const purposeSelect = el('select', { id: 'purpose', name: 'purpose',
    onchange: (event) => { applyPurpose.hidden = event.target.value === (session.purpose ?? ''); } },
  el('option', { value: '' }, '（選択してください）'),
  session.purposes.map((p) => el('option', { value: p.code, selected: p.code === session.purpose }, p.label)));
  const purposeForm = el('form', { id: 'purpose-form', class: 'purpose',
    onsubmit: (event) => { event.preventDefault(); choosePurpose(purposeSelect.value); } },
  el('label', { for: 'purpose' }, '利用目的 '), purposeSelect, applyPurpose);
  const signOut = el('form', { method: 'post', action: '/signout' },
    el('input', { type: 'hidden', name: session.csrf.parameterName, value: session.csrf.token }),
    el('button', { type: 'submit', class: 'secondary' }, 'サインアウト'));
  header.replaceChildren(
    el('a', { class: 'skip', href: '#main' }, '本文へ移動'),
    el('h1', {}, el('a', { href: '/', style: 'color:inherit;text-decoration:none' }, '重層的支援 ワークスペース')),
    el('nav', { 'aria-label': 'ページ' }, el('ul', {}, pagesFor(me.roles).map((page) =>
      el('li', {}, el('a', { href: page.path, 'aria-current': page.path === currentPath ? 'page' : null }, page.label))))),
    el('div', { class: 'who' },
      el('span', { id: 'who' }, `${me.staffName ?? me.username}（${me.agency?.name ?? '所属なし'}）`),
      readsPersons(me.roles) ? purposeForm : null,
      signOut));
  return { me, session };
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * The Japanese words of an API error. Its message ends in them, in parentheses, after the English for API
 * clients: 'input.date: must not be in the future (相談日に未来の日付は指定できません)'.
 */
export function japaneseMessage(error) {
  if (error.extensions?.argument === 'X-Purpose-Of-Use') {
    // the page sends the session's purpose: none chosen yet, or one no longer valid
    return '利用目的が選ばれていません。画面上部の「利用目的」で、この作業の目的を選んでください。';
  }
  const message = (error.message ?? '').trim();
  if (message.endsWith(')')) {
    let depth = 0;
    for (let at = message.length - 1; at >= 0; at -= 1) {
      if (message[at] === ')') depth += 1;
      if (message[at] === '(') depth -= 1;
      if (depth === 0) {
        const words = message.slice(at + 1, -1).trim();
        if (JAPANESE.test(words)) return words;
        break;
      }
    }
  }
  if (JAPANESE.test(message) && !/[A-Za-z]{4,}/.test(message)) return message;
  // every refusal of the service ends in Japanese; only a page's own mistake (a malformed document) does not
  return '処理できませんでした。時間をおいてもう一度お試しください。';
}

/** Shows the GraphQL errors of an answer in the page's message area, in Japanese; true when there were any. */
export function showErrors(answer, where = document.getElementById('messages')) {
  where.replaceChildren();
  if (!answer.errors || answer.errors.length === 0) return false;
  for (const error of answer.errors) where.append(el('p', { class: 'error', role: 'alert' }, japaneseMessage(error)));
  return true;
}

/** 「氏名は非表示（理由）」 and what would open it, for a withheld identity or items. */
/** A withheld item's one short label: what is not shown, and that no basis opens it. */
export function withheldText(what = '氏名') {
  return `${what}は非表示（閲覧の根拠なし）`;
}

/** The API's explanations say it in Japanese, then in English in parentheses for API clients: the Japanese. */
export function withoutEnglish(text) {
  return String(text ?? '').replace(/\s*\((?=[A-Za-z])[^()]*\)/g, '').trim();
}

/**
 * One expandable explanation per page for everything withheld on it: why (each distinct reason) and how to
 * open it (each distinct way), in Japanese, with a link to the form that would open it.
 */
export function withheldExplanation(withhelds, openWith = null) {
  const distinct = (key) => [...new Set(withhelds.filter(Boolean).map((w) => withoutEnglish(w[key])).filter(Boolean))];
  if (withhelds.filter(Boolean).length === 0) return null;
  return el('details', { class: 'withheld-why' }, el('summary', {}, '非表示の理由と開き方'),
    el('p', {}, '理由：'), el('ul', {}, distinct('reason').map((reason) => el('li', {}, reason))),
    el('p', {}, '開くには：'), el('ul', {}, distinct('howToOpen').map((way) => el('li', {}, way))),
    openWith ? el('p', {}, el('a', { href: openWith.href }, openWith.label)) : null);
}

/** A notice when the session has no purpose of use and the page reads persons. */
export function purposeNotice(where, roles = ['CSW']) {
  if (session && !session.purpose && readsPersons(roles)) {
    where.append(el('p', { class: 'notice', role: 'status' },
      '利用目的が選ばれていません。画面上部の「利用目的」で選ぶと、根拠のある個人の情報が表示されます。'));
  }
}

// The service's vocabulary (every enum value's Japanese word), read once with the page: the one label table.
let vocabulary = new Map();

/** The Japanese word for an enum value, e.g. label('Field', 'CARE'); the code itself when none is known. */
export function label(type, code) {
  return vocabulary.get(`${type}.${code}`) ?? code;
}

/** The values of an enum type with their words, in the schema's order (for selectors). */
export function terms(type) {
  return [...vocabulary].filter(([key]) => key.startsWith(`${type}.`)).map(([key, word]) => [key.slice(type.length + 1), word]);
}

export function fieldLabels(categories) {
  return (categories ?? []).map((c) => label('Field', c)).join('・');
}

/** A household as staff name it, never by its id alone: its head's name and its address (those shown). */
export function householdName(household) {
  const head = household.members.find((m) => m.relation === 'HEAD') ?? household.members[0];
  return [head ? `${head.name} さんの世帯` : '世帯員が非表示の世帯', household.address].filter(Boolean).join('・');
}

/** An age band as read: 80〜89歳, 90歳以上. */
export function ageWords(band) {
  return band.endsWith('+') ? `${band.slice(0, -1)}歳以上` : `${band.replace('-', '〜')}歳`;
}

/** An instant as read in Japan: 2026/12/05 21:00:03（日本時間）. Nanoseconds are cut to what a Date holds. */
export function inJapanTime(instant) {
  const at = new Date(String(instant).replace(/(\.\d{3})\d+/, '$1'));
  return `${new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'medium' }).format(at)}（日本時間）`;
}

/** A file download of text made on the page (the CSV of what is on screen). */
export function download(filename, text, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type }));
  const link = el('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
