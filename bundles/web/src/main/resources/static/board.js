// The lead's board, /console/board: a contract's open cases with their next due step, the queue by risk and waiting
// time, and the alerts nobody has looked at yet. Read every five seconds and at once on the contract's live events,
// so a lead who keeps it open misses nothing even when the event stream is down.
(function () {
  'use strict';

  var S = window.YorisoiStaff;
  var $ = S.$, api = S.api, clear = S.clear, element = S.element;

  var POLL_MILLIS = 5000;
  var caller = null;
  var contract = null;
  var source = null;
  var pollTimer = null;
  var soonTimer = null;
  var loading = false;
  var again = false;          // something asked for a refresh while one was under way
  var expanded = {};          // case id -> open: the five-second re-rendering keeps what the lead opened

  var showError = S.showError;

  function contractPath(rest) { return '/contracts/' + encodeURIComponent(contract) + rest; }
  function short(id) { return id ? String(id).substr(0, 8) : ''; }

  /** What went wrong, in words a lead can act on. */
  function problem(what, e) {
    if (e.status === 403) { return 'この画面はリーダー権限が必要です'; }
    if (e.status === 0) { return e.message; }
    if (e.status === 503) { return 'サーバーが一時的に利用できません（' + what + '）。自動で再試行します'; }
    if (e.status === 404) { return what + 'が見つかりません'; }
    return what + 'を取得できませんでした：' + e.message;
  }

  function progress(active, text) {
    $('progress').classList.toggle('active', active);
    $('progress-text').textContent = text || '';
  }

  // --- login and contract ---

  function showLogin() {
    stop();
    caller = null;
    progress(false);
    $('board-view').hidden = true;
    $('who').hidden = true;
    $('login-view').hidden = false;
    $('login').focus();
  }

  function login(event) { S.signIn(event, start); }

  function logout() { S.signOut(showLogin); }

  function start(who) {
    caller = who;
    $('login-view').hidden = true;
    $('who').hidden = false;
    $('me').textContent = who.displayName;
    S.syncClock();
    var leads = who.grants.filter(function (g) { return g.role === 'LEAD'; });
    if (!leads.length) {
      progress(false);
      showError('この画面はリーダー権限が必要です');
      return;
    }
    progress(true, '契約を読み込み中…');
    var everywhere = leads.some(function (g) { return g.contractId === '*'; });
    var ids = everywhere ? api('GET', '/contracts').then(function (cs) { return cs.map(function (c) { return c.id; }); })
      : Promise.resolve(leads.map(function (g) { return g.contractId; }));
    ids.then(function (list) {
      var unique = list.filter(function (id, i) { return list.indexOf(id) === i; });
      var select = $('contract');
      clear(select);
      unique.forEach(function (id) { select.appendChild(new Option(id, id)); });
      // the console and the board remember the same contract: a lead moving between them stays on it
      var saved = sessionStorage.getItem('yorisoi.console.contract');
      select.value = unique.indexOf(saved) >= 0 ? saved : unique[0];
      selectContract(select.value);
    }).catch(function (e) { progress(false); showError(problem('契約の一覧', e)); });
  }

  function selectContract(id) {
    stop();
    contract = id;
    sessionStorage.setItem('yorisoi.console.contract', id);
    expanded = {};
    $('board-view').hidden = false;
    ['cases', 'queue', 'alerts'].forEach(function (list) { placeholder($(list), '読み込み中…', 'loading'); });
    ['cases-count', 'queue-count', 'alerts-count'].forEach(function (count) { $(count).textContent = ''; });
    $('updated').textContent = '';
    showError('');
    connect();
    refresh();
    showTimelineFromAddress();
  }

  function placeholder(holder, text, kind) {
    clear(holder);
    holder.appendChild(element(holder.tagName === 'UL' ? 'li' : 'p', 'empty' + (kind ? ' ' + kind : ''), text));
  }

  // --- refreshing ---

  /** Reads the three sections at once; one failing section does not blank the others. */
  function refresh() {
    if (!contract) { return; }
    if (loading) { again = true; return; }
    loading = true;
    clearTimeout(pollTimer);
    progress(true, $('updated').textContent ? '更新中…' : '読み込み中…');
    var asked = contract;
    var failures = [];
    // a section that could not be read keeps what it showed last (the error line says it is not current), or says
    // that it could not be read instead of "loading" forever
    function part(what, path, render, holder) {
      return api('GET', contractPath(path)).then(function (json) {
        if (asked === contract) { render(json); }
      }, function (e) {
        failures.push(problem(what, e));
        if (holder && asked === contract && holder.querySelector('.empty.loading')) { placeholder(holder, '取得できませんでした'); }
      });
    }
    var parts = [
      part('対応中のケース', '/cases?open=true', renderCases, $('cases')),
      part('待機中の相談', '/queue', renderQueue, $('queue')),
      part('未確認のアラート', '/alerts?unseen=true', renderAlerts, $('alerts'))
    ];
    var shown = timelineCase();
    if (shown) { parts.push(part('監査タイムライン', timelinePath(shown), renderTimeline(shown))); }
    Promise.all(parts).then(function () {
      loading = false;
      if (!caller) { return; }
      if (again) { again = false; refresh(); return; }   // e.g. the contract changed meanwhile
      progress(false);
      showError(failures.filter(function (f, i) { return failures.indexOf(f) === i; }).join('／'));
      $('updated').textContent = '最終更新 ' + new Date(S.now()).toLocaleTimeString('ja-JP', { timeZone: 'Asia/Tokyo' }) +
        '（5秒ごとに自動更新）';
      pollTimer = setTimeout(refresh, POLL_MILLIS);
    });
  }

  /** A burst of live events makes one refresh. */
  function refreshSoon() {
    clearTimeout(soonTimer);
    soonTimer = setTimeout(refresh, 300);
  }

  function stop() {
    clearTimeout(pollTimer);
    clearTimeout(soonTimer);
    if (source) { source.close(); source = null; }
  }

  function connect() {
    if (!window.EventSource) { return; }
    source = new EventSource('/console-events/' + encodeURIComponent(contract), { withCredentials: true });
    // every event may change the queue, a case or the alerts; the event itself is not shown (the board holds no
    // conversation text)
    source.addEventListener('chat', refreshSoon);
    source.onopen = refreshSoon;
  }

  // --- open cases ---

  function nextDueTime(c) {
    var step = S.nextStep(c);
    return step ? Date.parse(step.due) : Infinity;
  }

  function renderCases(cases) {
    // the most urgent first: the server lists newest first, the board is about what is due
    cases.sort(function (a, b) { return nextDueTime(a) - nextDueTime(b); });
    $('cases-count').textContent = cases.length ? '(' + cases.length + ')' : '';
    var holder = $('cases');
    clear(holder);
    cases.forEach(function (c) { holder.appendChild(caseItem(c)); });
    if (!cases.length) { placeholder(holder, '対応中のケースはありません'); }
  }

  function caseItem(c) {
    var details = element('details', 'case-item case-' + c.trigger);
    details.dataset.id = c.id;
    details.open = !!expanded[c.id];
    details.addEventListener('toggle', function () { expanded[c.id] = details.open; });
    details.appendChild(caseSummary(c));
    details.appendChild(S.renderCase(c, { me: caller.personId }));
    var link = element('a', 'timeline-link', '監査タイムラインを見る');
    link.href = '#timeline/' + encodeURIComponent(c.id);
    details.appendChild(link);
    return details;
  }

  function caseSummary(c) {
    var summary = element('summary');
    summary.appendChild(element('strong', null, S.TRIGGER[c.trigger] || c.trigger));
    summary.appendChild(element('span', 'ids', '相談 ' + short(c.conversationId) + ' / ケース ' + short(c.id)));
    summary.appendChild(element('span', null, '開始 ' + S.dateTime(c.openedAt)));
    var step = S.nextStep(c);
    if (step) {
      var next = element('span', 'next-step', '次の手順: ' + step.descriptionJa + '（' + S.dateTime(step.due) + 'まで） ');
      next.appendChild(S.countdown(step.due));
      summary.appendChild(next);
    } else {
      summary.appendChild(element('span', 'next-step', 'すべての手順が完了（終了待ち）'));
    }
    var unacknowledged = c.notices.filter(function (n) { return n.acknowledgeBy && !n.acknowledgedAt; }).length;
    if (unacknowledged) { summary.appendChild(element('span', 'warning', '未受領の通知 ' + unacknowledged + '件')); }
    return summary;
  }

  // --- queue ---

  function entryRisk(entry) {
    return entry.risk || (entry.conversation && entry.conversation.risk) || 'NONE';
  }

  function renderQueue(entries) {
    // the server orders by risk, then by waiting time
    $('queue-count').textContent = entries.length ? '(' + entries.length + ')' : '';
    var ul = $('queue');
    clear(ul);
    entries.forEach(function (entry) {
      var li = element('li', 'queue-item');
      li.dataset.cid = entry.conversation.id;
      var label = element('span', 'waiting', entry.position + '. 相談 ' + short(entry.conversation.id) + ' 待ち ' +
        S.duration(entry.waitingSeconds));
      var badge = S.riskBadge(entryRisk(entry));
      if (badge) { label.insertBefore(badge, label.firstChild); }
      li.appendChild(label);
      li.appendChild(element('span', 'ids', S.hhmm(entry.conversation.openedAt) + ' から'));
      ul.appendChild(li);
    });
    if (!entries.length) { placeholder(ul, '待っている相談はありません'); }
  }

  // --- alerts ---

  function renderAlerts(alerts) {
    $('alerts-count').textContent = alerts.length ? '(' + alerts.length + ')' : '';
    var ul = $('alerts');
    clear(ul);
    alerts.forEach(function (alert) { ul.appendChild(alertItem(alert)); });
    if (!alerts.length) { placeholder(ul, '未確認のアラートはありません'); }
  }

  function alertItem(alert) {
    var li = element('li', 'alert-item ' + alert.kind);
    li.dataset.id = alert.id;
    var text = element('span', 'alert-text');
    text.appendChild(element('strong', null, S.ALERT[alert.kind] || alert.kind));
    text.appendChild(element('span', 'ids', ' ' + S.dateTime(alert.at) + ' 相談 ' + short(alert.conversationId) +
      (alert.caseId ? ' / ケース ' + short(alert.caseId) : '') +
      (alert.stepIndex >= 0 ? ' / 手順 ' + (alert.stepIndex + 1) : '')));
    li.appendChild(text);
    if (alert.caseId) {
      var link = element('a', 'timeline-link', '経過');
      link.href = '#timeline/' + encodeURIComponent(alert.caseId);
      li.appendChild(link);
    }
    li.appendChild(S.button('seen', '確認', function (event) {
      event.target.disabled = true;
      api('POST', contractPath('/alerts/' + encodeURIComponent(alert.id) + '/seen')).then(function () {
        li.parentNode.removeChild(li);
        refreshSoon();
      }).catch(function (e) {
        event.target.disabled = false;
        showError(e.status === 403 ? problem('', e) : 'アラートを確認済みにできませんでした：' + e.message);
      });
    }));
    return li;
  }

  // --- a case's audit timeline: #timeline/<case id>, so the address can be shared and kept ---

  var ACTIONS = {
    'case-opened': 'ケース開始', 'case-step-done': '手順完了', 'case-step-assigned': '担当者の変更',
    'case-closed': 'ケース終了', 'notice-sent': '通知の送信', 'notice-failed': '通知の失敗',
    'notice-acknowledged': '通知の受領', 'lead-alerted': 'リーダーへのアラート', 'risk-detected': 'リスク検知',
    'access-denied': 'アクセス拒否'
  };
  var OUTCOMES = { SUCCESS: '成功', DENIED: '拒否', FAILURE: '失敗' };

  function timelineCase() {
    var match = /^#timeline\/(.+)$/.exec(location.hash);
    return match ? decodeURIComponent(match[1]) : null;
  }

  function timelinePath(caseId) { return '/cases/' + encodeURIComponent(caseId) + '/timeline'; }

  /** Opened from a link: shown at once, then kept current with the rest of the board. */
  function showTimelineFromAddress() {
    var caseId = timelineCase();
    $('timeline-panel').hidden = !caseId;
    if (!caseId || !contract) { return; }
    $('timeline-case').textContent = 'ケース ' + caseId;
    var body = $('timeline').tBodies[0];
    clear(body);
    body.appendChild(timelineRow(['読み込み中…']));
    $('timeline-panel').scrollIntoView();
    api('GET', contractPath(timelinePath(caseId))).then(renderTimeline(caseId)).catch(function (e) {
      clear(body);
      body.appendChild(timelineRow([problem('監査タイムライン', e)]));
    });
  }

  function renderTimeline(caseId) {
    return function (entries) {
      if (timelineCase() !== caseId) { return; }
      var body = $('timeline').tBodies[0];
      clear(body);
      entries.forEach(function (e) {
        body.appendChild(timelineRow([S.dateTime(e.at) + ':' + (e.at || '').substr(17, 2),
          ACTIONS[e.action] || e.action, e.actor, OUTCOMES[e.outcome] || e.outcome, e.detail, e.origin]));
      });
      if (!entries.length) { body.appendChild(timelineRow(['記録はありません'])); }
    };
  }

  function timelineRow(cells) {
    var tr = element('tr');
    cells.forEach(function (text) { tr.appendChild(element('td', null, text)); });
    if (cells.length === 1) { tr.firstChild.colSpan = 6; }
    return tr;
  }

  function init() {
    S.onUnauthorized = showLogin;
    $('login-form').addEventListener('submit', login);
    $('logout').addEventListener('click', logout);
    $('contract').addEventListener('change', function () { selectContract($('contract').value); });
    window.addEventListener('hashchange', showTimelineFromAddress);
    setInterval(function () { if (caller) { S.syncClock(); } }, 10 * 60 * 1000);
    progress(true, '読み込み中…');
    api('GET', '/sessions/current').then(start).catch(showLogin);
  }

  document.addEventListener('DOMContentLoaded', init);
}());
