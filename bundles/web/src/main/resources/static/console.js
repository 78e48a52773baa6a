// The counselor console: one page over the REST API (session cookie + X-Yorisoi-Request on unsafe calls) and the
// contract's live event stream. Message texts are never written to the console log or to storage. The API client,
// labels, countdowns, risk marks and case rendering are shared with the lead's board (staff.js).
(function () {
  'use strict';

  var S = window.YorisoiStaff;
  var $ = S.$, api = S.api, clear = S.clear, element = S.element;
  var hhmm = S.hhmm, dateTime = S.dateTime, duration = S.duration;

  var caller = null;
  var contract = null;
  var roles = { answer: false, lead: false, municipal: false };
  var current = null;          // { id, readOnly }
  var lastSeq = {};            // conversation id -> last event seq shown
  var mine = [];
  var source = null;
  var refreshTimer = null;
  var queueEntries = [];
  var risk = { risk: 'NONE', marks: [] };   // of the open conversation, as GET .../risk answered
  var openCases = [];                      // of the open conversation
  var safetyTimer = null;

  var showError = S.showError;

  function contractPath(rest) { return '/contracts/' + encodeURIComponent(contract) + rest; }
  function conversationPath(cid, rest) { return contractPath('/conversations/' + encodeURIComponent(cid) + (rest || '')); }

  function failed(what) {
    return function (e) { showError(what + 'できませんでした：' + e.message); };
  }

  // --- login ---

  function showLogin() {
    closeStream();
    caller = null;
    $('console-view').hidden = true;
    $('who').hidden = true;
    $('login-view').hidden = false;
    $('login').focus();
  }

  function login(event) { S.signIn(event, start); }

  function logout() { S.signOut(showLogin); }

  var CHAT_ROLES = ['COUNSELOR', 'LEAD', 'MUNICIPAL_VIEWER'];

  function start(who) {
    caller = who;
    $('login-view').hidden = true;
    $('who').hidden = false;
    $('me').textContent = who.displayName;
    var grants = who.grants.filter(function (g) { return CHAT_ROLES.indexOf(g.role) >= 0; });
    var everywhere = grants.some(function (g) { return g.contractId === '*'; });
    var ids = everywhere ? api('GET', '/contracts').then(function (cs) { return cs.map(function (c) { return c.id; }); })
      : Promise.resolve(grants.map(function (g) { return g.contractId; }));
    ids.then(function (list) {
      var unique = list.filter(function (id, i) { return list.indexOf(id) === i; });
      var select = $('contract');
      clear(select);
      unique.forEach(function (id) { select.appendChild(new Option(id, id)); });
      if (!unique.length) { showError('チャット相談の権限がありません'); return; }
      var saved = sessionStorage.getItem('yorisoi.console.contract');
      select.value = unique.indexOf(saved) >= 0 ? saved : unique[0];
      selectContract(select.value);
    }).catch(failed('契約の一覧を取得'));
  }

  function holds(role) {
    return caller.grants.some(function (g) { return g.role === role && (g.contractId === contract || g.contractId === '*'); });
  }

  function selectContract(id) {
    contract = id;
    sessionStorage.setItem('yorisoi.console.contract', id);
    roles.lead = holds('LEAD');
    roles.answer = roles.lead || holds('COUNSELOR');
    roles.municipal = holds('MUNICIPAL_VIEWER');
    Array.prototype.forEach.call(document.querySelectorAll('.counselor-only'), function (el) { el.hidden = !roles.answer; });
    Array.prototype.forEach.call(document.querySelectorAll('.lead-only'), function (el) { el.hidden = !roles.lead; });
    Array.prototype.forEach.call(document.querySelectorAll('.municipal-only'), function (el) { el.hidden = !roles.municipal; });
    $('console-view').hidden = false;
    current = null;
    $('conversation-panel').hidden = true;
    lastSeq = {};
    refreshLists();
    S.syncClock();
    if (roles.answer) { loadCanned(); connect(); }
  }

  // --- lists ---

  function refreshLists() {
    if (!roles.answer) { return; }
    api('GET', contractPath('/queue')).then(function (entries) {
      queueEntries = entries.map(function (e) { e.loadedAt = Date.now(); return e; });
      renderQueue();
    }).catch(failed('待機中の相談を取得'));
    api('GET', contractPath('/callbacks?open=true')).then(renderCallbacks).catch(failed('呼びかけリストを取得'));
    api('GET', contractPath('/conversations/mine')).then(function (list) { mine = list; renderTabs(); })
      .catch(failed('担当中の相談を取得'));
    if (roles.lead) {
      api('GET', contractPath('/conversations/live')).then(renderLive).catch(failed('対応中の相談を取得'));
    }
  }

  function refreshSoon() {
    if (refreshTimer) { clearTimeout(refreshTimer); }
    refreshTimer = setTimeout(function () { refreshTimer = null; refreshLists(); }, 300);
  }

  function attributesText(attributes) {
    return Object.keys(attributes || {}).map(function (k) { return k + ': ' + attributes[k]; }).join(' / ');
  }

  function renderQueue() {
    var ul = $('queue');
    clear(ul);
    $('queue-count').textContent = queueEntries.length ? '(' + queueEntries.length + ')' : '';
    queueEntries.forEach(function (entry) {
      var li = element('li', 'queue-item');
      li.dataset.cid = entry.conversation.id;
      var waited = entry.waitingSeconds + Math.floor((Date.now() - entry.loadedAt) / 1000);
      var label = element('span', 'waiting', entry.position + '. 待ち ' + duration(waited) + ' ' +
        attributesText(entry.conversation.attributes));
      // the server already put the riskiest first; the badge says why an entry is at the top
      var badge = S.riskBadge(entryRisk(entry));
      if (badge) { label.insertBefore(badge, label.firstChild); }
      var claim = element('button', 'claim', '対応する');
      claim.type = 'button';
      claim.addEventListener('click', function () {
        api('POST', conversationPath(entry.conversation.id, '/claim')).then(function (c) {
          refreshLists();
          openConversation(c.id, false);
        }).catch(failed('対応開始'));
      });
      li.appendChild(label);
      li.appendChild(claim);
      ul.appendChild(li);
    });
    if (!queueEntries.length) { ul.appendChild(element('li', 'empty', '待っている相談はありません')); }
  }

  function entryRisk(entry) {
    return entry.risk || (entry.conversation && entry.conversation.risk) || 'NONE';
  }

  function renderCallbacks(callbacks) {
    var ul = $('callbacks');
    clear(ul);
    callbacks.forEach(function (cb) {
      var li = element('li', 'callback-item');
      li.dataset.id = cb.id;
      li.dataset.cid = cb.conversationId;
      if (cb.dueBy && new Date(cb.dueBy).getTime() < Date.now()) { li.classList.add('overdue'); }
      li.appendChild(element('span', null, '受信 ' + dateTime(cb.contactAt) + (cb.dueBy ? '（' + dateTime(cb.dueBy) + 'までに）' : '')));
      var open = element('button', 'open', '開く');
      open.type = 'button';
      open.addEventListener('click', function () { openConversation(cb.conversationId, true); });
      var done = element('button', 'done', '完了');
      done.type = 'button';
      done.addEventListener('click', function () {
        api('POST', contractPath('/callbacks/' + encodeURIComponent(cb.id) + '/done')).then(refreshLists)
          .catch(failed('呼びかけの完了'));
      });
      li.appendChild(open);
      li.appendChild(done);
      ul.appendChild(li);
    });
    if (!callbacks.length) { ul.appendChild(element('li', 'empty', 'ありません')); }
  }

  function renderLive(list) {
    var ul = $('live');
    clear(ul);
    list.forEach(function (c) {
      var li = element('li', 'live-item');
      li.dataset.cid = c.id;
      var label = element('span', null, (c.state === 'WAITING' ? '待機 ' : '対応中 ') + (c.counselorId || '') +
        ' ' + hhmm(c.openedAt));
      var badge = S.riskBadge(c.risk);
      if (badge) { label.insertBefore(badge, label.firstChild); }
      li.appendChild(label);
      var view = element('button', 'view', '見る');
      view.type = 'button';
      view.addEventListener('click', function () { openConversation(c.id, c.counselorId !== caller.personId); });
      li.appendChild(view);
      ul.appendChild(li);
    });
  }

  function renderTabs() {
    var nav = $('conversations');
    clear(nav);
    mine.forEach(function (c, i) {
      var tab = element('button', 'tab', '相談 ' + (i + 1) + ' (' + hhmm(c.openedAt) + ')');
      tab.type = 'button';
      tab.dataset.cid = c.id;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(current !== null && current.id === c.id));
      tab.addEventListener('click', function () { tab.classList.remove('unread'); openConversation(c.id, false); });
      var badge = S.riskBadge(c.risk);
      if (badge) { tab.appendChild(badge); }
      nav.appendChild(tab);
    });
  }

  // --- one conversation ---

  function openConversation(cid, readOnly) {
    api('GET', conversationPath(cid)).then(function (detail) {
      current = { id: cid, readOnly: readOnly };
      lastSeq[cid] = 0;
      $('conversation-panel').hidden = false;
      $('conversation-panel').classList.toggle('read-only', readOnly);
      $('conversation-title').textContent = '相談 ' + cid.substr(0, 8) + '（' +
        { WAITING: '待機中', ACTIVE: '対応中', CLOSED: '終了' }[detail.conversation.state] + '）';
      $('conversation-attributes').textContent = attributesText(detail.conversation.attributes);
      risk = { risk: detail.conversation.risk || 'NONE', marks: [] };
      openCases = [];
      renderRiskLevel();
      renderCases(cid, null);
      clear($('transcript'));
      detail.events.forEach(showEvent);
      renderNotes(detail.notes);
      renderTabs();
      loadInstructions(cid);
      if (roles.answer) { loadRisk(cid); loadCases(cid); }
    }).catch(failed('相談を開くことが'));
  }

  function showEvent(e) {
    var cid = e.conversationId;
    if (e.seq <= (lastSeq[cid] || 0)) { return; }
    lastSeq[cid] = e.seq;
    var ol = $('transcript');
    if (e.kind === 'MESSAGE' && e.message) {
      var li = element('li', 'msg');
      li.dataset.seq = String(e.seq);
      li.dataset.sender = e.message.sender;
      li.dataset.messageId = e.message.id;
      var text = element('div', 'text');
      S.highlight(text, e.message.text, marksOf(e.message.id));
      li.appendChild(text);
      var time = element('time', null, hhmm(e.message.at));
      time.dateTime = e.message.at;
      li.appendChild(time);
      ol.appendChild(li);
    } else {
      var labels = { CLAIMED: '対応開始', TRANSFERRED: '引き継ぎ', NOTE: 'リーダーのメモ', INSTRUCTION: '市からの伝達事項',
        CLOSED: '終了', RISK: 'リスク検知', CASE: '緊急対応・情報提供ケースの更新' };
      var line = element('li', 'event-line', (labels[e.kind] || e.kind) + ' ' + hhmm(e.at));
      line.dataset.seq = String(e.seq);
      ol.appendChild(line);
    }
    ol.scrollTop = ol.scrollHeight;
  }

  function catchUp(cid) {
    if (!current || current.id !== cid) { return Promise.resolve(); }
    return api('GET', conversationPath(cid, '/events?after=' + (lastSeq[cid] || 0))).then(function (events) {
      events.forEach(showEvent);
      if (events.some(function (e) { return e.kind === 'NOTE'; })) { loadNotes(cid); }
      if (events.some(function (e) { return e.kind === 'INSTRUCTION'; })) { loadInstructions(cid); }
    });
  }

  function renderNotes(notes) {
    var ul = $('notes');
    clear(ul);
    (notes || []).forEach(function (n) { ul.appendChild(element('li', 'note', hhmm(n.at) + ' ' + n.text)); });
  }

  function loadNotes(cid) {
    api('GET', conversationPath(cid, '/notes')).then(renderNotes).catch(function () { renderNotes([]); });
  }

  function loadInstructions(cid) {
    api('GET', conversationPath(cid, '/instructions')).then(function (list) {
      var pending = list.filter(function (i) { return !i.sentAt; });
      $('pending-instructions').hidden = !pending.length || !roles.answer;
      var ul = $('instructions');
      clear(ul);
      pending.forEach(function (i) {
        var li = element('li', 'instruction-item');
        li.dataset.id = i.id;
        li.appendChild(element('span', null, i.text));
        var send = element('button', 'send-instruction', '相談者に送る');
        send.type = 'button';
        send.addEventListener('click', function () {
          api('POST', conversationPath(cid, '/instructions/' + encodeURIComponent(i.id) + '/send'))
            .then(function () { loadInstructions(cid); return catchUp(cid); }).catch(failed('伝達事項の送信'));
        });
        li.appendChild(send);
        ul.appendChild(li);
      });
    }).catch(function () { $('pending-instructions').hidden = true; });
  }

  // --- risk and cases of the open conversation ---

  function marksOf(messageId) {
    return risk.marks.filter(function (m) { return m.messageId === messageId; });
  }

  function detectionToConfirm() {
    return risk.risk === 'HIGH' || risk.risk === 'MEDIUM';
  }

  function renderRiskLevel() {
    var holder = $('conversation-risk');
    clear(holder);
    var badge = S.riskBadge(risk.risk);
    if (badge) { holder.appendChild(badge); }
    $('confirm-detection').hidden = !detectionToConfirm();
  }

  /** Re-highlights every message of the transcript; the text is read back from the text nodes themselves. */
  function renderMarks() {
    Array.prototype.forEach.call(document.querySelectorAll('#transcript .msg'), function (li) {
      var text = li.querySelector('.text');
      S.highlight(text, text.textContent, marksOf(li.dataset.messageId));
    });
  }

  function loadRisk(cid) {
    return api('GET', conversationPath(cid, '/risk')).then(function (answer) {
      if (!current || current.id !== cid) { return; }
      risk = { risk: answer.risk || 'NONE', marks: answer.marks || [] };
      renderRiskLevel();
      renderMarks();
    }).catch(failed('リスク検知の結果を取得'));
  }

  function loadCases(cid) {
    return api('GET', contractPath('/cases?conversation=' + encodeURIComponent(cid))).then(function (cases) {
      if (!current || current.id !== cid) { return; }
      openCases = cases.filter(function (c) { return c.state === 'OPEN'; });
      renderCases(cid, cases);
    }).catch(failed('ケースを取得'));
  }

  function hasOpen(trigger) {
    return openCases.some(function (c) { return c.trigger === trigger; });
  }

  /** cases: newest first, or null while they are being read. */
  function renderCases(cid, cases) {
    var holder = $('cases');
    var drafts = saveDrafts(holder);
    clear(holder);
    (cases || []).forEach(function (c) {
      holder.appendChild(S.renderCase(c, {
        me: caller.personId,
        onDone: function (step, record) { return completeStep(cid, c, step, record); },
        onClose: function () { return closeCase(cid, c); }
      }));
    });
    if (!cases || !cases.length) { holder.appendChild(element('p', 'empty', cases ? 'この相談にケースはありません' : '読み込み中…')); }
    restoreDrafts(holder, drafts);
    // one open case per trigger: the server refuses a second one (409), so the button says so beforehand
    offerDeclaration($('declare-emergency'), 'EMERGENCY');
    offerDeclaration($('confirm-detection'), 'EMERGENCY');
    offerDeclaration($('declare-sharing'), 'INFORMATION_SHARING');
  }

  function offerDeclaration(button, trigger) {
    button.disabled = hasOpen(trigger);
    button.title = button.disabled ? 'この相談では' + S.TRIGGER[trigger] + 'のケースが対応中です' : '';
  }

  // A case changes under the counselor's hands (notices delivered, acknowledged): re-rendering must not lose a
  // record being written, nor the focus.
  function saveDrafts(holder) {
    var drafts = {};
    Array.prototype.forEach.call(holder.querySelectorAll('.case'), function (article) {
      Array.prototype.forEach.call(article.querySelectorAll('.step'), function (li) {
        var area = li.querySelector('textarea');
        if (area) {
          drafts[article.dataset.id + '/' + li.dataset.index] = { value: area.value, focused: document.activeElement === area };
        }
      });
    });
    return drafts;
  }

  function restoreDrafts(holder, drafts) {
    Array.prototype.forEach.call(holder.querySelectorAll('.case'), function (article) {
      Array.prototype.forEach.call(article.querySelectorAll('.step'), function (li) {
        var area = li.querySelector('textarea');
        var draft = drafts[article.dataset.id + '/' + li.dataset.index];
        if (area && draft) {
          area.value = draft.value;
          if (draft.focused) { area.focus(); }
        }
      });
    });
  }

  function caseQuestion(trigger, origin) {
    var what = origin === 'DETECTION_CONFIRMED'
      ? 'リスク検知（' + S.RISK[risk.risk] + '）の内容を確認したうえで、この相談で緊急対応を開始します。'
      : 'この相談で' + S.TRIGGER[trigger] + 'のケースを開始します。';
    return what + '契約に定められた通知先へ、すぐに通知が送信されます。開始しますか？';
  }

  function declareCase(trigger, origin) {
    if (!current) { return; }
    var cid = current.id;
    var question = caseQuestion(trigger, origin);
    S.confirmAction(question, '開始する').then(function (ok) {
      if (!ok) { return null; }
      return api('POST', contractPath('/cases'), { conversationId: cid, trigger: trigger, origin: origin })
        .then(function () { showError(''); return loadCases(cid); })
        .catch(function (e) { showError(caseRefusal(e, trigger)); });
    });
  }

  function caseRefusal(e, trigger) {
    var label = S.TRIGGER[trigger];
    if (e.status === 409) { return 'この相談ではすでに' + label + 'のケースが開始されています'; }
    if (e.status === 400) { return 'この契約には' + label + 'の手順が定められていません：' + e.message; }
    if (e.status === 403) { return label + 'のケースを開始する権限がありません'; }
    return label + 'のケースを開始できませんでした：' + e.message;
  }

  function casePath(c, rest) { return contractPath('/cases/' + encodeURIComponent(c.id) + rest); }

  function completeStep(cid, c, step, record) {
    return api('POST', casePath(c, '/steps/' + step.index + '/done'), { record: record })
      .then(function () { return loadCases(cid); })
      .catch(failed('手順を完了'));
  }

  function closeCase(cid, c) {
    return S.confirmAction(S.TRIGGER[c.trigger] + 'のケースを閉じます。閉じたケースは再開できません。閉じますか？', '閉じる')
      .then(function (ok) {
        if (!ok) { return null; }
        return api('POST', casePath(c, '/close')).then(function () { return loadCases(cid); })
          .catch(failed('ケースを閉じることが'));
      });
  }

  /** A RISK or CASE event, or a reconnection: the marks and cases are read again (once for a burst of events). */
  function refreshSafetySoon(cid) {
    if (safetyTimer) { clearTimeout(safetyTimer); }
    safetyTimer = setTimeout(function () {
      safetyTimer = null;
      if (current && current.id === cid && roles.answer) { loadRisk(cid); loadCases(cid); }
    }, 300);
  }

  function reply(event) {
    event.preventDefault();
    if (!current) { return; }
    var input = $('reply-input');
    var text = input.value;
    if (!text.trim()) { return; }
    var cid = current.id;
    $('reply-send').disabled = true;
    api('POST', conversationPath(cid, '/messages'), { text: text }).then(function () {
      input.value = '';
      return catchUp(cid);
    }).catch(failed('送信')).then(function () { $('reply-send').disabled = false; input.focus(); });
  }

  function loadCanned() {
    api('GET', contractPath('/canned-responses')).then(function (list) {
      var select = $('canned');
      clear(select);
      select.appendChild(new Option('定型文を選ぶ', ''));
      list.forEach(function (c) {
        var option = new Option(c.title, c.title);
        option.dataset.text = c.text;
        select.appendChild(option);
      });
    }).catch(failed('定型文を取得'));
  }

  function insertCanned() {
    var option = $('canned').selectedOptions[0];
    if (option && option.dataset.text) {
      var input = $('reply-input');
      input.value = input.value ? input.value + '\n' + option.dataset.text : option.dataset.text;
      input.focus();
    }
    $('canned').value = '';
  }

  function transfer(event) {
    event.preventDefault();
    var to = $('transfer').value.trim();
    if (!current || !to) { return; }
    api('POST', conversationPath(current.id, '/transfer'), { toPersonId: to }).then(function () {
      $('transfer').value = '';
      $('conversation-panel').hidden = true;
      current = null;
      refreshLists();
    }).catch(failed('引き継ぎ'));
  }

  function closeConversation(event) {
    event.preventDefault();
    if (!current) { return; }
    var record = {
      mainComplaint: $('main-complaint').value, advice: $('advice').value, category: $('category').value,
      attributes: {}, urgency: $('urgency').value
    };
    api('POST', conversationPath(current.id, '/close'), record).then(function () {
      $('close-form').reset();
      $('conversation-panel').hidden = true;
      current = null;
      refreshLists();
    }).catch(failed('終了'));
  }

  function note(event) {
    event.preventDefault();
    var text = $('note-input').value;
    if (!current || !text.trim()) { return; }
    var cid = current.id;
    api('POST', conversationPath(cid, '/notes'), { text: text }).then(function () {
      $('note-input').value = '';
      loadNotes(cid);
    }).catch(failed('メモの保存'));
  }

  function instruct(event) {
    event.preventDefault();
    var cid = $('instruction-conversation').value.trim();
    var text = $('instruction-text').value;
    if (!cid || !text.trim()) { return; }
    api('POST', conversationPath(cid, '/instructions'), { text: text }).then(function (i) {
      $('instruction-text').value = '';
      $('instruction-list').appendChild(element('li', 'instruction-item', dateTime(i.at) + ' 記録しました（' + cid.substr(0, 8) + '）'));
    }).catch(failed('伝達事項の記録'));
  }

  // --- live events ---

  function closeStream() {
    if (source) { source.close(); source = null; }
  }

  function connect() {
    closeStream();
    if (!window.EventSource) { return; }
    source = new EventSource('/console-events/' + encodeURIComponent(contract), { withCredentials: true });
    source.addEventListener('chat', function (message) {
      var e = JSON.parse(message.data);
      if (current && current.id === e.conversationId && (e.kind === 'RISK' || e.kind === 'CASE')) {
        refreshSafetySoon(e.conversationId);
      }
      if (current && current.id === e.conversationId) {
        if (e.message && e.seq === (lastSeq[e.conversationId] || 0) + 1) {
          showEvent(e);
        } else {
          catchUp(e.conversationId);
        }
      } else if (e.kind === 'MESSAGE') {
        var tab = document.querySelector('#conversations .tab[data-cid="' + e.conversationId + '"]');
        if (tab) { tab.classList.add('unread'); }
      }
      if (e.kind !== 'MESSAGE' || !mine.some(function (c) { return c.id === e.conversationId; })) { refreshSoon(); }
    });
    source.onopen = function () {
      // anything missed while the stream was down: lists and the open transcript are read again
      refreshSoon();
      if (current) { catchUp(current.id); refreshSafetySoon(current.id); }
    };
  }

  function init() {
    S.onUnauthorized = showLogin;
    $('login-form').addEventListener('submit', login);
    $('logout').addEventListener('click', logout);
    $('contract').addEventListener('change', function () { selectContract($('contract').value); });
    $('reply-form').addEventListener('submit', reply);
    $('reply-input').addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { reply(e); }
    });
    $('canned').addEventListener('change', insertCanned);
    $('transfer-form').addEventListener('submit', transfer);
    $('close-form').addEventListener('submit', closeConversation);
    $('note-form').addEventListener('submit', note);
    $('instruction-form').addEventListener('submit', instruct);
    $('declare-emergency').addEventListener('click', function () { declareCase('EMERGENCY', 'DECLARED'); });
    $('confirm-detection').addEventListener('click', function () { declareCase('EMERGENCY', 'DETECTION_CONFIRMED'); });
    $('declare-sharing').addEventListener('click', function () { declareCase('INFORMATION_SHARING', 'DECLARED'); });
    setInterval(function () { if (caller && roles.answer) { renderQueue(); } }, 15000);
    setInterval(function () { if (caller) { S.syncClock(); } }, 10 * 60 * 1000);
    api('GET', '/sessions/current').then(start).catch(showLogin);
  }

  document.addEventListener('DOMContentLoaded', init);
}());
