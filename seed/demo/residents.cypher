// Fictional residents of the demo city and everything that touches them.
// Every name here is invented. Dates are relative to $today (a date) and ages to $year (an int),
// so the demo reads the same whenever it is loaded; $demoPasswordHash is the demo users' bcrypt hash. Run after the CSV files are loaded.
// Statements end with a semicolon at the end of a line; every write is a MERGE on id.

// ── Households (世帯) ─────────────────────────────────────────────────────────────
UNWIND [
  {id: 'hh-reita',       area: 'area-w3', lat: 37.4650, lon: 139.9380, patterns: ['EIGHTY_FIFTY', 'HIKIKOMORI'], address: '門田町（架空）'},
  {id: 'hh-mihon',       area: 'area-w5', lat: 37.5060, lon: 139.9600, patterns: ['DOUBLE_CARE'], address: '一箕町（架空）'},
  {id: 'hh-kariyama',    area: 'area-w1', lat: 37.4880, lon: 139.9420, patterns: ['YOUNG_CARER'], address: '東千石（架空）'},
  {id: 'hh-shimura',     area: 'area-w2', lat: 37.4957, lon: 139.9320, patterns: ['ELDERLY_ALONE'], address: '栄町（架空）'},
  {id: 'hh-kakuno',      area: 'area-w2', lat: 37.4930, lon: 139.9252, patterns: ['ELDERLY_ALONE'], address: '中町（架空）'},
  {id: 'hh-kariya',      area: 'area-w1', lat: 37.4981, lon: 139.9384, patterns: ['EIGHTY_FIFTY', 'HIKIKOMORI'], address: '馬場町（架空）'},
  {id: 'hh-reino',       area: 'area-w2', lat: 37.4930, lon: 139.9365, patterns: ['ELDERLY_ALONE'], address: '栄町（架空）'},
  {id: 'hh-reikawa',     area: 'area-w2', lat: 37.4885, lon: 139.9320, patterns: ['ELDERLY_ALONE'], address: '栄町（架空）'},
  {id: 'hh-shida',       area: 'area-w2', lat: 37.4905, lon: 139.9300, patterns: [], address: '中央（架空）'},
  {id: 'hh-tameshiyama', area: 'area-w1', lat: 37.4795, lon: 139.9320, patterns: ['ELDERLY_ALONE'], address: '南花畠（架空）'},
  {id: 'hh-kasou',       area: 'area-w4', lat: 37.5100, lon: 139.9000, patterns: ['POVERTY_WITH_DISABILITY'], address: '神指町（架空）'},
  {id: 'hh-tamesu',      area: 'area-w3', lat: 37.4700, lon: 139.9300, patterns: ['EIGHTY_FIFTY', 'POVERTY_WITH_DISABILITY'], address: '門田町（架空）'}
] AS row
MERGE (h:Household {id: row.id})
SET h.location = point({latitude: row.lat, longitude: row.lon}), h.locationApproximate = true,
    h.patterns = row.patterns, h.address = row.address, h.fictional = true
WITH h, row
MATCH (a:Area {id: row.area})
MERGE (h)-[:IN_AREA]->(a);

// ── Persons (本人・世帯員) and membership ────────────────────────────────────────────
// relation: HEAD 世帯主, SPOUSE 配偶者, CHILD 子, MOTHER 母, FATHER 父. dependant: needs daily care or support.
UNWIND [
  {id: 'p-reita-ume',       hh: 'hh-reita',       name: '例田 ウメ',     kana: 'レイタ ウメ',       age: 84, relation: 'HEAD',   dependant: false},
  {id: 'p-reita-kenichi',   hh: 'hh-reita',       name: '例田 健一',     kana: 'レイタ ケンイチ',   age: 52, relation: 'CHILD',  dependant: true},
  {id: 'p-mihon-yumi',      hh: 'hh-mihon',       name: '見本川 由美',   kana: 'ミホンガワ ユミ',   age: 45, relation: 'HEAD',   dependant: false},
  {id: 'p-mihon-toshi',     hh: 'hh-mihon',       name: '見本川 トシ',   kana: 'ミホンガワ トシ',   age: 78, relation: 'MOTHER', dependant: true},
  {id: 'p-mihon-sho',       hh: 'hh-mihon',       name: '見本川 翔',     kana: 'ミホンガワ ショウ', age: 4,  relation: 'CHILD',  dependant: true},
  {id: 'p-kariyama-naoko',  hh: 'hh-kariyama',    name: '仮山 直子',     kana: 'カリヤマ ナオコ',   age: 44, relation: 'HEAD',   dependant: true},
  {id: 'p-kariyama-misaki', hh: 'hh-kariyama',    name: '仮山 美咲',     kana: 'カリヤマ ミサキ',   age: 15, relation: 'CHILD',  dependant: false},
  {id: 'p-kariyama-ren',    hh: 'hh-kariyama',    name: '仮山 蓮',       kana: 'カリヤマ レン',     age: 8,  relation: 'CHILD',  dependant: true},
  {id: 'p-shimura-haru',    hh: 'hh-shimura',     name: '試村 ハル',     kana: 'シムラ ハル',       age: 83, relation: 'HEAD',   dependant: false},
  {id: 'p-kakuno-masao',    hh: 'hh-kakuno',      name: '架空野 正男',   kana: 'カクノ マサオ',     age: 74, relation: 'HEAD',   dependant: false},
  {id: 'p-kariya-tome',     hh: 'hh-kariya',      name: '仮屋 トメ',     kana: 'カリヤ トメ',       age: 86, relation: 'HEAD',   dependant: false},
  {id: 'p-kariya-makoto',   hh: 'hh-kariya',      name: '仮屋 誠',       kana: 'カリヤ マコト',     age: 58, relation: 'CHILD',  dependant: true},
  {id: 'p-reino-kiyo',      hh: 'hh-reino',       name: '例野 キヨ',     kana: 'レイノ キヨ',       age: 79, relation: 'HEAD',   dependant: false},
  {id: 'p-reikawa-sato',    hh: 'hh-reikawa',     name: '例川 サト',     kana: 'レイカワ サト',     age: 77, relation: 'HEAD',   dependant: false},
  {id: 'p-shida-yuu',       hh: 'hh-shida',       name: '試田 ユウ',     kana: 'シダ ユウ',         age: 34, relation: 'HEAD',   dependant: false},
  {id: 'p-tameshiyama-gen', hh: 'hh-tameshiyama', name: '試山 ゲン',     kana: 'タメシヤマ ゲン',   age: 80, relation: 'HEAD',   dependant: false},
  {id: 'p-kasou-hiroshi',   hh: 'hh-kasou',       name: '架相 博',       kana: 'カソウ ヒロシ',     age: 54, relation: 'HEAD',   dependant: false},
  {id: 'p-kasou-aya',       hh: 'hh-kasou',       name: '架相 彩',       kana: 'カソウ アヤ',       age: 26, relation: 'CHILD',  dependant: true},
  {id: 'p-kasou-takumi',    hh: 'hh-kasou',       name: '架相 拓海',     kana: 'カソウ タクミ',     age: 23, relation: 'CHILD',  dependant: false},
  {id: 'p-kasou-fumi',      hh: 'hh-kasou',       name: '架相 フミ',     kana: 'カソウ フミ',       age: 83, relation: 'MOTHER', dependant: false},
  {id: 'p-tamesu-jun',      hh: 'hh-tamesu',      name: '試須 純',       kana: 'タメス ジュン',     age: 47, relation: 'HEAD',   dependant: false},
  {id: 'p-tamesu-shigeru',  hh: 'hh-tamesu',      name: '試須 茂',       kana: 'タメス シゲル',     age: 82, relation: 'FATHER', dependant: true},
  {id: 'p-tamesu-kazue',    hh: 'hh-tamesu',      name: '試須 和江',     kana: 'タメス カズエ',     age: 80, relation: 'MOTHER', dependant: true},
  {id: 'p-tamesu-riku',     hh: 'hh-tamesu',      name: '試須 陸',       kana: 'タメス リク',       age: 22, relation: 'CHILD',  dependant: false}
] AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.nameKana = row.kana, p.birthYear = $year - row.age, p.fictional = true
WITH p, row
MATCH (h:Household {id: row.hh})
MERGE (p)-[m:MEMBER_OF]->(h)
SET m.relation = row.relation, m.dependant = row.dependant;

// ── Staff (職員): every user is a Staff node. $demoPasswordHash is bcrypt("demo"); subject is the
// OIDC "sub" an identity provider would send for this person.
UNWIND [
  {id: 'st-coord',     agency: 'ag-chiiki-fukushi', username: 'coordinator', roles: ['COORDINATOR'],     name: '見本 太郎（包括化支援員）'},
  {id: 'st-csw',       agency: 'ag-outreach',       username: 'csw',         roles: ['CSW'],             name: '例山 花子（CSW）'},
  {id: 'st-houkatsu3', agency: 'ag-houkatsu-3',     username: 'houkatsu3',   roles: ['AGENCY_STAFF'],    name: '架空 次郎（社会福祉士）'},
  {id: 'st-houkatsu1', agency: 'ag-houkatsu-1',     username: 'houkatsu1',   roles: ['AGENCY_STAFF'],    name: '仮野 三郎（主任介護支援専門員）'},
  {id: 'st-kodomo',    agency: 'ag-kodomo',         username: 'kodomo',      roles: ['AGENCY_STAFF'],    name: '試川 さくら（保健師）'},
  {id: 'st-seikatsu',  agency: 'ag-seikatsu',       username: 'seikatsu',    roles: ['AGENCY_STAFF'],    name: '例村 四郎（相談支援員）'},
  {id: 'st-dashboard', agency: 'ag-chiiki-fukushi', username: 'dashboard',   roles: ['DASHBOARD'],       name: '統計 見子（企画担当）'},
  {id: 'st-privacy',   agency: 'ag-chiiki-fukushi', username: 'privacy',     roles: ['PRIVACY_OFFICER'], name: '保護 守（個人情報保護担当）'},
  {id: 'st-admin',     agency: 'ag-chiiki-fukushi', username: 'admin',       roles: ['ADMIN'],           name: '管理 一（システム管理者）'}
] AS row
MERGE (s:Staff {id: row.id})
SET s.name = row.name, s.username = row.username, s.subject = row.username, s.roles = row.roles,
    s.passwordHash = $demoPasswordHash, s.fictional = true, s.disabled = false
WITH s, row
MATCH (a:Agency {id: row.agency})
MERGE (s)-[:WORKS_AT]->(a);

// Where the CSW works in the community: the areas she covers (担当圏域; her lists default to them) and the
// 区民ひろば-type hub she is stationed at (配置拠点), as setStaffAreas or the STAFF import's 担当圏域 set them.
MATCH (s:Staff {id: 'st-csw'})
MATCH (area:Area) WHERE area.id IN ['area-w2', 'area-w3']
MERGE (s)-[:COVERS]->(area)
WITH DISTINCT s
MATCH (hub:Resource {id: 'res-hub-touei'})
MERGE (s)-[:STATIONED_AT]->(hub)
// the 避難支援等関係者 the city names (災害対策基本法 第49条の11): the 社協 and the CSWs' centre receive the
// 避難行動要支援者名簿 in normal times; 例田 ウメ consented to that, 試村 ハル was not asked yet
WITH DISTINCT s
MATCH (holder:Agency) WHERE holder.id IN ['ag-shakyo', 'ag-outreach']
SET holder.evacuationSupportHolder = true
WITH DISTINCT s
UNWIND [
  {id: 'roster-reita-ume', person: 'p-reita-ume', consent: 'GIVEN', needs: '歩行器を使用。階段の昇降に介助が必要', since: 300},
  {id: 'roster-shimura-haru', person: 'p-shimura-haru', consent: 'NOT_ASKED', needs: '一人暮らし。耳が遠く、声かけが必要', since: 90}
] AS row
MATCH (p:Person {id: row.person})
MERGE (entry:RosterEntry {id: row.id})
SET entry.sharingConsent = row.consent, entry.needs = row.needs, entry.since = $today - duration({days: row.since}),
    entry.recordedBy = 'st-coord'
MERGE (entry)-[:ON_ROSTER]->(p);

// ── Cases (相談・支援ケース): an agency's involvement with one person ────────────────
// fields: the fields its consultations touched (a 地域包括支援センター case may be about disability too);
// the 多機関協働 body (ag-chiiki-fukushi) holds a case about a member of each household it plans for,
// as createPlan requires, reached by referral.
UNWIND [
  {id: 'case-reita-care',          agency: 'ag-houkatsu-3',    person: 'p-reita-ume',       field: 'CARE',       opened: 400, closed: null, status: 'OPEN'},
  {id: 'case-reita-poverty',       agency: 'ag-seikatsu',      person: 'p-reita-kenichi',   field: 'POVERTY',    opened: 200, closed: null, status: 'OPEN'},
  {id: 'case-reita-disability',    agency: 'ag-shougai-3',     person: 'p-reita-kenichi',   field: 'DISABILITY', opened: 150, closed: null, status: 'OPEN'},
  {id: 'case-mihon-child',         agency: 'ag-kodomo',        person: 'p-mihon-sho',       field: 'CHILD',      opened: 300, closed: null, status: 'OPEN'},
  {id: 'case-mihon-care',          agency: 'ag-houkatsu-5',    person: 'p-mihon-toshi',     field: 'CARE',       opened: 90,  closed: null, status: 'OPEN'},
  {id: 'case-kariyama-child',      agency: 'ag-kodomo',        person: 'p-kariyama-misaki', field: 'CHILD',      opened: 60,  closed: null, status: 'OPEN'},
  {id: 'case-kariyama-disability', agency: 'ag-shougai-1',     person: 'p-kariyama-naoko',  field: 'DISABILITY', opened: 500, closed: null, status: 'OPEN'},
  {id: 'case-reikawa-care',        agency: 'ag-houkatsu-2',    person: 'p-reikawa-sato',    field: 'CARE',       opened: 50,  closed: null, status: 'OPEN'},
  {id: 'case-kasou-poverty',       agency: 'ag-seikatsu',      person: 'p-kasou-hiroshi',   field: 'POVERTY',    opened: 240, closed: null, status: 'OPEN'},
  {id: 'case-kasou-disability',    agency: 'ag-shougai-kikan', person: 'p-kasou-aya',       field: 'DISABILITY', opened: 700, closed: null, status: 'OPEN'},
  {id: 'case-kasou-care',          agency: 'ag-houkatsu-4',    person: 'p-kasou-fumi',      field: 'CARE',       opened: 100, closed: 20,   status: 'CLOSED'},
  {id: 'case-tamesu-care',         agency: 'ag-houkatsu-3',    person: 'p-tamesu-shigeru',  field: 'CARE',       opened: 30,  closed: null, status: 'OPEN',
   fields: ['CARE', 'DISABILITY']},
  {id: 'case-reita-coord',         agency: 'ag-chiiki-fukushi', person: 'p-reita-ume',       field: 'CARE',       opened: 125, closed: null, status: 'OPEN',
   fields: ['CARE', 'POVERTY'], origin: 'REFERRAL'},
  {id: 'case-kasou-coord',         agency: 'ag-chiiki-fukushi', person: 'p-kasou-hiroshi',   field: 'POVERTY',    opened: 185, closed: null, status: 'OPEN',
   fields: ['POVERTY', 'DISABILITY'], origin: 'REFERRAL'}
] AS row
MERGE (c:Case {id: row.id})
SET c.field = row.field, c.fields = coalesce(row.fields, [row.field]), c.status = row.status, c.origin = row.origin,
    c.opened = $today - duration({days: row.opened}),
    c.closed = CASE WHEN row.closed IS NULL THEN null ELSE $today - duration({days: row.closed}) END
WITH c, row
MATCH (a:Agency {id: row.agency}), (p:Person {id: row.person})
MERGE (a)-[:HOLDS]->(c)
MERGE (c)-[:ABOUT]->(p);

// ── つなぎ (Referral): the windows that referred the coordinator's cases (origin REFERRAL) ─────────────
UNWIND [
  {id: 'ref-reita', from: 'case-reita-care', to: 'case-reita-coord', daysAgo: 125,
   reason: '母の介護と、同居する子の生活困窮・未受診が重なり、単独の窓口では対応しきれない'},
  {id: 'ref-kasou', from: 'case-kasou-poverty', to: 'case-kasou-coord', daysAgo: 185,
   reason: '本人の失業と家計の破綻に、配偶者の障害と母の介護が重なっている'}
] AS row
MATCH (from:Case {id: row.from}), (to:Case {id: row.to})
MERGE (r:Referral {id: row.id})
SET r.direction = 'TO_COORDINATION', r.date = $today - duration({days: row.daysAgo}), r.reason = row.reason
MERGE (r)-[:FROM]->(from)
MERGE (r)-[:TO]->(to);

// ── Support plans (支援プラン) with role assignments (役割分担) ──────────────────────
UNWIND [
  {id: 'plan-reita', hh: 'hh-reita', coordinator: 'ag-chiiki-fukushi', status: 'ACTIVE', created: 120, monitoring: -60,
   goals: '母の介護サービス利用開始、本人の受診と家計の安定', needs: ['MONEY_MANAGEMENT', 'PLACE_TO_BELONG']},
  {id: 'plan-kasou', hh: 'hh-kasou', coordinator: 'ag-chiiki-fukushi', status: 'ACTIVE', created: 180, monitoring: 10,
   goals: '本人の就労と家計の立て直し、子の就労継続', needs: ['JOB_SUPPORT', 'MONEY_MANAGEMENT']}
] AS row
MERGE (pl:SupportPlan {id: row.id})
SET pl.status = row.status, pl.goals = [row.goals], pl.needs = row.needs,
    pl.created = $today - duration({days: row.created}),
    pl.monitoringDate = $today - duration({days: row.monitoring})
WITH pl, row
MATCH (h:Household {id: row.hh}), (a:Agency {id: row.coordinator})
MERGE (pl)-[:FOR]->(h)
MERGE (a)-[:COORDINATES]->(pl);

UNWIND [
  {id: 'role-reita-care',       plan: 'plan-reita', agency: 'ag-houkatsu-3',    person: 'p-reita-ume',     field: 'CARE',       since: 120, role: '介護サービス利用支援'},
  {id: 'role-reita-poverty',    plan: 'plan-reita', agency: 'ag-seikatsu',      person: 'p-reita-kenichi', field: 'POVERTY',    since: 120, role: '家計改善・就労準備支援'},
  {id: 'role-reita-disability', plan: 'plan-reita', agency: 'ag-shougai-3',     person: 'p-reita-kenichi', field: 'DISABILITY', since: 120, role: '受診勧奨・障害福祉サービス調整'},
  {id: 'role-kasou-poverty',    plan: 'plan-kasou', agency: 'ag-seikatsu',      person: 'p-kasou-hiroshi', field: 'POVERTY',    since: 180, role: '就労支援・家計改善支援'},
  {id: 'role-kasou-disability', plan: 'plan-kasou', agency: 'ag-shougai-kikan', person: 'p-kasou-aya',     field: 'DISABILITY', since: 180, role: '障害者就業・生活支援センターとの連携'},
  {id: 'role-kasou-care',       plan: 'plan-kasou', agency: 'ag-houkatsu-4',    person: 'p-kasou-fumi',    field: 'CARE',       since: 180, role: '地域包括支援センターとの情報共有'}
] AS row
MERGE (r:PlanRole {id: row.id})
SET r.field = row.field, r.role = row.role, r.since = $today - duration({days: row.since})
WITH r, row
MATCH (pl:SupportPlan {id: row.plan}), (a:Agency {id: row.agency}), (p:Person {id: row.person})
MERGE (pl)-[:ASSIGNS]->(r)
MERGE (r)-[:TO]->(a)
MERGE (r)-[:CONCERNS]->(p);

// ── Meetings: 重層的支援会議 (MULTI_LAYER_MEETING, consent-based) and 支援会議 (SUPPORT_MEETING, 法第106条の6) ──
// A 重層的支援会議 names the members it discussed: those whose consent names every participant. 例田 健一
// consented to share POVERTY with two agencies only, so mtg-reita-plan discussed his mother alone and
// he stays withheld from 包括3; a 支援会議 discusses the household as a whole, without consent.
UNWIND [
  {id: 'mtg-reita-plan',       kind: 'MULTI_LAYER_MEETING', daysAgo: 120, convener: 'ag-chiiki-fukushi', hh: 'hh-reita', decision: 'APPROVE_PLAN',
   attendees: ['ag-chiiki-fukushi', 'ag-houkatsu-3', 'ag-seikatsu', 'ag-shougai-3'], personIds: ['p-reita-ume'], planId: 'plan-reita'},
  {id: 'mtg-kasou-plan',       kind: 'MULTI_LAYER_MEETING', daysAgo: 180, convener: 'ag-chiiki-fukushi', hh: 'hh-kasou', decision: 'APPROVE_PLAN',
   attendees: ['ag-chiiki-fukushi', 'ag-seikatsu', 'ag-shougai-kikan', 'ag-houkatsu-4'],
   personIds: ['p-kasou-aya', 'p-kasou-fumi', 'p-kasou-hiroshi', 'p-kasou-takumi'], planId: 'plan-kasou'},
  {id: 'mtg-kariyama-support', kind: 'SUPPORT_MEETING',     daysAgo: 45,  convener: 'ag-chiiki-fukushi', hh: 'hh-kariyama', decision: 'SHARE_INFORMATION',
   attendees: ['ag-chiiki-fukushi', 'ag-kodomo', 'ag-shougai-1']},
  {id: 'mtg-tamesu-support',   kind: 'SUPPORT_MEETING',     daysAgo: 20,  convener: 'ag-chiiki-fukushi', hh: 'hh-tamesu', decision: 'SHARE_INFORMATION',
   attendees: ['ag-chiiki-fukushi', 'ag-houkatsu-3', 'ag-shougai-3', 'ag-seikatsu', 'ag-outreach']}
] AS row
MERGE (m:Meeting {id: row.id})
SET m.kind = row.kind, m.kinds = [row.kind], m.confidential = row.kind = 'SUPPORT_MEETING',
    m.date = $today - duration({days: row.daysAgo})
WITH m, row
MATCH (h:Household {id: row.hh}), (convener:Agency {id: row.convener})
MERGE (convener)-[:CONVENED]->(m)
MERGE (m)-[d:DISCUSSED]->(h)
SET d.decision = row.decision, d.personIds = row.personIds, d.planId = row.planId
WITH m, row
UNWIND row.attendees AS attendeeId
MATCH (a:Agency {id: attendeeId})
MERGE (a)-[:ATTENDED]->(m);

// ── Consents (情報共有の同意), FHIR Consent vocabulary ──────────────────────────────
// c-mihon-toshi has expired, c-mihon-sho ends in 20 days (今日の仕事 lists it); no one in hh-kariyama or hh-tamesu has consented. c-reita-ume also names
// every agency attending a 重層的支援会議 that discusses her (meetingParticipants). `recorder` is the
// agency that took the consent at its window (RECORDED: it may revoke it).
UNWIND [
  {id: 'c-reita-ume',     recorder: 'ag-houkatsu-3', subject: 'p-reita-ume',     grantees: ['ag-chiiki-fukushi', 'ag-houkatsu-3', 'ag-seikatsu'],
   categories: ['CARE', 'POVERTY', 'HEALTH'], purposes: ['CASE_WORK', 'PLAN_DELIBERATION'], from: 130, to: -235, verification: 'SIGNED',
   meetingParticipants: true},
  {id: 'c-reita-kenichi', recorder: 'ag-seikatsu', subject: 'p-reita-kenichi', grantees: ['ag-chiiki-fukushi', 'ag-seikatsu'],
   categories: ['POVERTY'], purposes: ['CASE_WORK', 'PLAN_DELIBERATION'], from: 130, to: -235, verification: 'VERBAL'},
  {id: 'c-mihon-yumi',    recorder: 'ag-kodomo', subject: 'p-mihon-yumi',    grantees: ['ag-kodomo', 'ag-houkatsu-5'],
   categories: ['CHILD', 'CARE'], purposes: ['CASE_WORK'], from: 300, to: -65, verification: 'SIGNED'},
  {id: 'c-mihon-toshi',   recorder: 'ag-kodomo', subject: 'p-mihon-toshi',   grantees: ['ag-kodomo'],
   categories: ['CARE'], purposes: ['CASE_WORK'], from: 400, to: 35, verification: 'SIGNED'},
  {id: 'c-mihon-sho',     recorder: 'ag-kodomo', subject: 'p-mihon-sho',     grantees: ['ag-kodomo'],
   categories: ['CHILD'], purposes: ['CASE_WORK'], from: 345, to: -20, verification: 'SIGNED'},
  {id: 'c-kasou-hiroshi', recorder: 'ag-chiiki-fukushi', subject: 'p-kasou-hiroshi', grantees: ['ag-chiiki-fukushi', 'ag-seikatsu', 'ag-shougai-kikan', 'ag-houkatsu-4'],
   categories: ['CARE', 'DISABILITY', 'POVERTY', 'CONSUMER'], purposes: ['CASE_WORK', 'PLAN_DELIBERATION', 'PARTICIPATION_MATCHING'], from: 190, to: -175, verification: 'SIGNED'},
  {id: 'c-kasou-aya',     recorder: 'ag-chiiki-fukushi', subject: 'p-kasou-aya',     grantees: ['ag-chiiki-fukushi', 'ag-seikatsu', 'ag-shougai-kikan', 'ag-houkatsu-4'],
   categories: ['CARE', 'DISABILITY', 'POVERTY', 'CONSUMER'], purposes: ['CASE_WORK', 'PLAN_DELIBERATION', 'PARTICIPATION_MATCHING'], from: 190, to: -175, verification: 'SIGNED'},
  {id: 'c-kasou-takumi',  recorder: 'ag-chiiki-fukushi', subject: 'p-kasou-takumi',  grantees: ['ag-chiiki-fukushi', 'ag-seikatsu', 'ag-shougai-kikan', 'ag-houkatsu-4'],
   categories: ['CARE', 'DISABILITY', 'POVERTY', 'CONSUMER'], purposes: ['CASE_WORK', 'PLAN_DELIBERATION', 'PARTICIPATION_MATCHING'], from: 190, to: -175, verification: 'SIGNED'},
  {id: 'c-kasou-fumi',    recorder: 'ag-chiiki-fukushi', subject: 'p-kasou-fumi',    grantees: ['ag-chiiki-fukushi', 'ag-seikatsu', 'ag-shougai-kikan', 'ag-houkatsu-4'],
   categories: ['CARE', 'DISABILITY', 'POVERTY', 'CONSUMER'], purposes: ['CASE_WORK', 'PLAN_DELIBERATION', 'PARTICIPATION_MATCHING'], from: 190, to: -175, verification: 'SIGNED'}
] AS row
MERGE (c:Consent {id: row.id})
SET c.decision = 'PERMIT', c.categories = row.categories, c.purposes = row.purposes,
    c.validFrom = $today - duration({days: row.from}), c.validTo = $today - duration({days: row.to}),
    c.verification = row.verification, c.revokedAt = null,
    c.meetingParticipants = coalesce(row.meetingParticipants, false)
WITH c, row
MATCH (p:Person {id: row.subject}), (recorder:Agency {id: row.recorder})
MERGE (c)-[:SUBJECT]->(p)
MERGE (c)-[:GRANTED_BY]->(p)
MERGE (recorder)-[:RECORDED]->(c)
WITH c, row
UNWIND row.grantees AS granteeId
MATCH (a:Agency {id: granteeId})
MERGE (c)-[:GRANTS_TO]->(a);

// ── Outreach: visits (訪問) and signals (気づき) ───────────────────────────────────
UNWIND [
  {id: 'visit-reita-1',  agency: 'ag-outreach', staff: 'st-csw', hh: 'hh-reita',  daysAgo: 30,  outcome: 'MET'},
  {id: 'visit-kakuno-1', agency: 'ag-outreach', staff: 'st-csw', hh: 'hh-kakuno', daysAgo: 200, outcome: 'LETTER_LEFT'},
  {id: 'visit-tamesu-1', agency: 'ag-outreach', staff: 'st-csw', hh: 'hh-tamesu', daysAgo: 10,  outcome: 'REFUSED'}
] AS row
MERGE (v:Visit {id: row.id})
SET v.date = $today - duration({days: row.daysAgo}), v.outcome = row.outcome
WITH v, row
MATCH (a:Agency {id: row.agency}), (s:Staff {id: row.staff}), (h:Household {id: row.hh})
MERGE (a)-[:MADE_VISIT]->(v)
MERGE (v)-[:BY]->(s)
MERGE (v)-[:TO]->(h);

UNWIND [
  {id: 'signal-tamesu-1', hh: 'hh-tamesu', daysAgo: 40, source: 'WELFARE_COMMISSIONER', note: '屋内の衛生状態が悪い様子（民生委員より）', lat: 37.4700, lon: 139.9300},
  {id: 'signal-shimura-1', hh: 'hh-shimura', daysAgo: 5, source: 'LIFELINE', note: '新聞がたまっている（新聞配達員より）', lat: 37.4957, lon: 139.9320}
] AS row
MERGE (s:Signal {id: row.id})
SET s.date = $today - duration({days: row.daysAgo}), s.source = row.source, s.note = row.note,
    s.location = point({latitude: row.lat, longitude: row.lon})
WITH s, row
MATCH (h:Household {id: row.hh})
MERGE (s)-[:ABOUT]->(h);

// ── Participation (参加): who takes part in which activity ─────────────────────────
// hh-kasou follows 004's case 3: the son (架相 拓海) is 就労継続中, so he has no 就労体験 slot; his sister
// (障害基礎年金を受給中) goes to the 地域活動支援センター.
UNWIND [
  {person: 'p-reino-kiyo',    activity: 'act-salon-nakamachi'},
  {person: 'p-kasou-aya',     activity: 'act-joy-sousaku'},
  {person: 'p-mihon-sho',     activity: 'act-kosodate-09-hiroba'}
] AS row
MATCH (p:Person {id: row.person}), (act:Activity {id: row.activity})
MERGE (p)-[:TAKES_PART_IN]->(act);

// ── Sessions (開催記録) of the 地域活動支援センター ジョイ: every weekday of the last 120 days, 12–16 attending ──
// (004's 延べ利用回数 3,300/年 is counted from these). Replaced whole at each load, as their dates follow $today.
MATCH (s:ActivitySession) WHERE s.id STARTS WITH 'session-joy-'
DETACH DELETE s;

UNWIND range(1, 120) AS daysAgo
WITH daysAgo, $today - duration({days: daysAgo}) AS day
WHERE day.dayOfWeek <= 5
MATCH (joy:Agency {id: 'ag-joy'}), (act:Activity {id: 'act-joy-sousaku'})
MERGE (s:ActivitySession {id: 'session-joy-' + toString(daysAgo)})
SET s.date = day, s.attendees = 12 + daysAgo % 5, s.recordedAt = datetime(), s.recordedBy = 'demo'
MERGE (joy)-[:HELD_SESSION]->(s)
MERGE (s)-[:OF]->(act);
