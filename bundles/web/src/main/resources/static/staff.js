// What the counselor console and the lead's board share: the API client, DOM helpers, Japanese labels, the platform
// clock for countdowns, risk badges and marks, and the rendering of a case. Message texts and step records go into
// text nodes only (never markup), and never into the browser's console or storage.
(function () {
  'use strict';

  var Y = {};

  // --- API ---

  /** Called on a 401 from anything but the login itself (the session ran out). */
  Y.onUnauthorized = function () {};

  /**
   * One REST call under /api/v1: session cookie, X-Yorisoi-Request on changes (the API refuses cookie-authenticated
   * changes without it). Rejects with an Error carrying `status` (0 when the server could not be reached).
   */
  Y.api = function (method, path, body) {
    var headers = { 'Accept': 'application/json' };
    if (method !== 'GET') { headers['X-Yorisoi-Request'] = '1'; }
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return fetch('/api/v1' + path, {
      method: method, headers: headers, credentials: 'same-origin', cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).catch(function () {
      var offline = new Error('サーバーに接続できません。ネットワークを確認してください');
      offline.status = 0;
      throw offline;
    }).then(function (response) {
      if (response.status === 204) { return null; }
      return response.json().catch(function () { return null; }).then(function (json) {
        if (response.status === 401 && path !== '/sessions') { Y.onUnauthorized(); }
        if (!response.ok) {
          var error = new Error((json && json.message) || ('HTTP ' + response.status));
          error.status = response.status;
          throw error;
        }
        return json;
      });
    });
  };

  // --- DOM and time ---

  Y.$ = function (id) { return document.getElementById(id); };

  /** The page's error line (#error); empty text hides it. */
  Y.showError = function (text) {
    Y.$('error').textContent = text || '';
    Y.$('error').hidden = !text;
  };

  // --- signing in and out (both pages have the same #login, #password, #login-submit form) ---

  /** Submits the login form; signedIn(caller) once the session is open. */
  Y.signIn = function (event, signedIn) {
    event.preventDefault();
    Y.showError('');
    Y.$('login-submit').disabled = true;
    Y.api('POST', '/sessions', { login: Y.$('login').value, password: Y.$('password').value }).then(function (session) {
      Y.$('password').value = '';
      signedIn(session.caller);
    }).catch(function (e) {
      Y.showError('ログインできませんでした：' + e.message);
    }).then(function () { Y.$('login-submit').disabled = false; });
  };

  /** Ends the session (whatever the server answers), then signedOut(). */
  Y.signOut = function (signedOut) {
    Y.api('DELETE', '/sessions/current').catch(function () { return null; }).then(signedOut);
  };

  Y.clear = function (el) { while (el.firstChild) { el.removeChild(el.firstChild); } };

  Y.element = function (tag, className, text) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text !== undefined && text !== null) { el.textContent = text; }
    return el;
  };

  Y.button = function (className, text, onClick) {
    var b = Y.element('button', className, text);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  };

  // the API gives +09:00 times: shown as written, whatever the device's time zone
  Y.hhmm = function (iso) { return (iso || '').substr(11, 5); };
  Y.dateTime = function (iso) { return iso ? iso.substr(5, 5).replace('-', '/') + ' ' + Y.hhmm(iso) : ''; };

  Y.duration = function (seconds) {
    var m = Math.floor(seconds / 60);
    return m >= 60 ? Math.floor(m / 60) + '時間' + (m % 60) + '分' : m + '分' + (seconds % 60) + '秒';
  };

  // --- the platform clock ---

  // Countdowns run against the platform's clock (which tests and demonstrations may set), not the device's: the
  // offset between the two is measured once per sign-in and now and then afterwards.
  var clockOffset = 0;

  Y.syncClock = function () {
    var sent = Date.now();
    return Y.api('GET', '/clock').then(function (clock) {
      var received = Date.now();
      var now = Date.parse(clock.now);
      if (!isNaN(now)) { clockOffset = now - (sent + received) / 2; }
    }).catch(function () { /* keep the last offset: countdowns only drift by the device's error */ });
  };

  Y.now = function () { return Date.now() + clockOffset; };

  /** Seconds until the time (negative once past). */
  Y.secondsUntil = function (iso) { return Math.round((Date.parse(iso) - Y.now()) / 1000); };

  Y.countdownText = function (iso) {
    var s = Y.secondsUntil(iso);
    return s >= 0 ? 'あと' + Y.duration(s) : Y.duration(-s) + '超過';
  };

  /** An element that counts down to `iso`; every one on the page is updated by the ticker below. */
  Y.countdown = function (iso) {
    var el = Y.element('span', 'countdown');
    el.dataset.due = iso;
    updateCountdown(el);
    return el;
  };

  function updateCountdown(el) {
    el.textContent = Y.countdownText(el.dataset.due);
    el.classList.toggle('overdue', Y.secondsUntil(el.dataset.due) < 0);
  }

  setInterval(function () {
    Array.prototype.forEach.call(document.querySelectorAll('.countdown[data-due]'), updateCountdown);
  }, 1000);

  // --- labels ---

  Y.RISK = { HIGH: '高リスク', MEDIUM: '中リスク', LOW: '低リスク', NONE: 'なし' };
  Y.CATEGORY = { SUICIDAL_IDEATION: '希死念慮', SELF_HARM: '自傷', ABUSE: '虐待', VIOLENCE: '暴力',
    IMMINENT_DANGER: '差し迫った危険' };
  Y.SEVERITY = { HIGH: '高', MEDIUM: '中', LOW: '低', NONE: 'なし' };
  Y.TRIGGER = { EMERGENCY: '緊急対応', INFORMATION_SHARING: '情報提供' };
  Y.ORIGIN = { DECLARED: '相談員の判断', DETECTION_CONFIRMED: 'リスク検知の確認' };
  Y.CHANNEL = { EMAIL: 'メール', WEBHOOK: 'Webhook' };
  Y.ALERT = {
    HIGH_RISK_MESSAGE: '高リスクのメッセージ',
    NOTICE_UNACKNOWLEDGED: '通知が期限までに受領されていません（再通知しました）',
    NOTICE_UNDELIVERED: '通知を配信できません（再送中）',
    STEP_DUE_SOON: '手順の期限が近づいています（リマインド）',
    STEP_OVERDUE: '手順の期限を過ぎています',
    RECIPIENT_UNCONFIGURED: '通知先のアドレスが設定されていません'
  };

  /** A badge for HIGH and MEDIUM (what must catch the eye); null for LOW, NONE and unknown. */
  Y.riskBadge = function (risk) {
    if (risk !== 'HIGH' && risk !== 'MEDIUM') { return null; }
    var badge = Y.element('span', 'risk-badge risk-' + risk, Y.RISK[risk]);
    badge.title = 'リスク検知: ' + Y.RISK[risk];
    return badge;
  };

  // --- risk marks in a message ---

  function markTitle(mark) {
    return (Y.CATEGORY[mark.category] || mark.category) + '（重大度: ' + (Y.SEVERITY[mark.severity] || mark.severity) +
      '）' + (mark.negated ? ' 否定表現' : '') + (mark.reported ? ' 伝聞' : '');
  }

  /** Overlapping marks become one highlighted span whose tooltip names each of them. */
  function spans(marks, length) {
    var sorted = marks.filter(function (m) { return m.start >= 0 && m.end > m.start && m.start < length; })
      .sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var merged = [];
    sorted.forEach(function (m) {
      var last = merged[merged.length - 1];
      var end = Math.min(m.end, length);
      if (last && m.start < last.end) {
        last.end = Math.max(last.end, end);
        last.marks.push(m);
      } else {
        merged.push({ start: m.start, end: end, marks: [m] });
      }
    });
    return merged;
  }

  function highest(marks) {
    var order = ['NONE', 'LOW', 'MEDIUM', 'HIGH'];
    return marks.reduce(function (top, m) { return order.indexOf(m.severity) > order.indexOf(top) ? m.severity : top; }, 'NONE');
  }

  /**
   * Writes `text` into `el` with the marks highlighted. start/end are UTF-16 offsets, as JavaScript strings count,
   * so slice() cuts exactly there. Only text nodes are built: the message never becomes markup.
   */
  Y.highlight = function (el, text, marks) {
    text = text || ''; // an erased message has no text left to mark
    Y.clear(el);
    var at = 0;
    spans(marks || [], text.length).forEach(function (span) {
      if (span.start > at) { el.appendChild(document.createTextNode(text.slice(at, span.start))); }
      var mark = Y.element('mark', 'risk-mark risk-' + highest(span.marks));
      mark.appendChild(document.createTextNode(text.slice(span.start, span.end)));
      mark.title = span.marks.map(markTitle).join('\n');
      mark.tabIndex = 0; // the tooltip is reachable from the keyboard too
      el.appendChild(mark);
      at = span.end;
    });
    if (at < text.length) { el.appendChild(document.createTextNode(text.slice(at))); }
  };

  // --- cases ---

  /** The step that is due next: the earliest due of those not done, or null. */
  Y.nextStep = function (c) {
    return c.steps.filter(function (s) { return !s.doneAt; })
      .reduce(function (first, s) { return !first || Date.parse(s.due) < Date.parse(first.due) ? s : first; }, null);
  };

  function person(id, me) {
    if (!id) { return '—'; }
    return id === me ? id + '（自分）' : id;
  }

  function stepItem(c, step, options) {
    var li = Y.element('li', 'step' + (step.doneAt ? ' done' : ''));
    li.dataset.index = String(step.index);
    li.appendChild(Y.element('span', 'step-title', step.descriptionJa));
    var facts = Y.element('div', 'step-facts');
    facts.appendChild(Y.element('span', 'clause', step.clause));
    facts.appendChild(Y.element('span', null, '担当: ' + (step.automatic ? '自動送信' : person(step.ownerId, options.me))));
    if (step.needsConsent) { facts.appendChild(Y.element('span', 'consent', '相談者の同意が必要')); }
    if (step.doneAt) {
      facts.appendChild(Y.element('span', null, '完了 ' + Y.dateTime(step.doneAt) + (step.doneBy ? '（' + step.doneBy + '）' : '')));
    } else {
      facts.appendChild(Y.element('span', null, '期限 ' + Y.dateTime(step.due)));
      facts.appendChild(Y.countdown(step.due));
    }
    li.appendChild(facts);
    if (step.record) { li.appendChild(Y.element('p', 'record', step.record)); }
    if (!step.doneAt && !step.automatic && c.state === 'OPEN' && options.onDone) {
      li.appendChild(doneForm(step, options.onDone));
    }
    return li;
  }

  function doneForm(step, onDone) {
    var form = Y.element('form', 'step-done');
    var id = 'record-' + step.index + '-' + Math.random().toString(36).slice(2);
    var label = Y.element('label', null, '対応した内容（記録されます）');
    label.htmlFor = id;
    var record = Y.element('textarea');
    record.id = id;
    record.rows = 2;
    record.maxLength = 2000;
    var done = Y.element('button', 'primary', '完了');
    done.type = 'submit';
    form.appendChild(label);
    form.appendChild(record);
    form.appendChild(done);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      done.disabled = true;
      Promise.resolve(onDone(step, record.value.trim() ? record.value : null))
        .then(function () { done.disabled = false; }, function () { done.disabled = false; });
    });
    return form;
  }

  function noticeRow(n) {
    var tr = Y.element('tr');
    tr.dataset.id = n.id;
    tr.appendChild(Y.element('td', null, n.recipientNameJa || n.recipientId));
    tr.appendChild(Y.element('td', null, Y.CHANNEL[n.channel] || n.channel));
    var delivered = n.delivered ? '配信済み ' + Y.dateTime(n.lastSentAt)
      : (n.attempts ? '未配信（' + n.attempts + '回試行）' : '送信待ち');
    var deliveredCell = Y.element('td', n.delivered ? null : 'warning', delivered);
    if (n.lastDetail) { deliveredCell.title = n.lastDetail; }
    tr.appendChild(deliveredCell);
    var ack = Y.element('td', n.acknowledgedAt ? null : 'warning');
    if (n.acknowledgedAt) {
      ack.textContent = '受領 ' + Y.dateTime(n.acknowledgedAt);
    } else if (n.acknowledgeBy) {
      ack.textContent = '未受領（' + Y.dateTime(n.acknowledgeBy) + 'まで） ';
      ack.appendChild(Y.countdown(n.acknowledgeBy));
    } else {
      ack.textContent = '受領確認なし';
      ack.className = '';
    }
    tr.appendChild(ack);
    return tr;
  }

  function noticesTable(notices) {
    var table = Y.element('table', 'notices');
    var head = Y.element('tr');
    ['宛先', '経路', '配信', '受領'].forEach(function (h) { head.appendChild(Y.element('th', null, h)); });
    table.appendChild(Y.element('thead')).appendChild(head);
    var body = table.appendChild(Y.element('tbody'));
    notices.forEach(function (n) { body.appendChild(noticeRow(n)); });
    return table;
  }

  /**
   * A case as steps and notices. options: me (the caller's person id), onDone(step, record) and onClose() returning
   * promises: with them, an open case offers a form per step the staff must do and its close button.
   */
  Y.renderCase = function (c, options) {
    options = options || {};
    var article = Y.element('article', 'case case-' + c.trigger + (c.state === 'OPEN' ? ' open' : ' closed'));
    article.dataset.id = c.id;
    var head = Y.element('div', 'case-head');
    head.appendChild(Y.element('strong', null, Y.TRIGGER[c.trigger] || c.trigger));
    head.appendChild(Y.element('span', 'case-state', c.state === 'OPEN' ? '対応中' : '終了 ' + Y.dateTime(c.closedAt)));
    head.appendChild(Y.element('span', null, '開始 ' + Y.dateTime(c.openedAt) + '（' + (Y.ORIGIN[c.origin] || c.origin) +
      '、' + person(c.openedBy, options.me) + '）'));
    head.appendChild(Y.element('span', 'clause', c.clause));
    article.appendChild(head);
    var steps = Y.element('ol', 'steps');
    c.steps.forEach(function (s) { steps.appendChild(stepItem(c, s, options)); });
    article.appendChild(steps);
    if (c.notices.length) {
      article.appendChild(Y.element('h4', null, '通知'));
      article.appendChild(noticesTable(c.notices));
    }
    if (c.state === 'OPEN' && options.onClose) {
      article.appendChild(Y.button('close-case', 'ケースを閉じる', function (event) {
        event.target.disabled = true;
        Promise.resolve(options.onClose()).then(function () { event.target.disabled = false; },
          function () { event.target.disabled = false; });
      }));
    }
    return article;
  };

  // --- confirmation ---

  /**
   * Asks before something that cannot be undone (a case sends its notices at once). Uses the page's <dialog
   * id="confirm-dialog"> when the browser has one, else the browser's own confirm. Resolves true or false.
   */
  Y.confirmAction = function (text, okLabel) {
    var dialog = Y.$('confirm-dialog');
    if (!dialog || typeof dialog.showModal !== 'function') { return Promise.resolve(window.confirm(text)); }
    Y.$('confirm-text').textContent = text;
    Y.$('confirm-ok').textContent = okLabel;
    dialog.returnValue = '';
    return new Promise(function (resolve) {
      dialog.addEventListener('close', function closed() {
        dialog.removeEventListener('close', closed);
        resolve(dialog.returnValue === 'ok');
      });
      dialog.showModal();
      Y.$('confirm-cancel').focus(); // the safe choice is the default
    });
  };

  window.YorisoiStaff = Y;
}());
