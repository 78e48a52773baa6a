// The consulter page: intake, then the conversation. Anonymous: the conversation id and its token live only in
// this browser's localStorage (per contract), so a reload resumes and nothing identifies the consulter.
(function () {
  'use strict';

  var contract = decodeURIComponent(location.pathname.split('/')[2] || '');
  var api = '/api/v1/chat/' + encodeURIComponent(contract);
  var storageKey = 'yorisoi.chat.' + contract;
  var state = { conversationId: null, token: null, lastSeq: 0 };
  var source = null;
  var pollTimer = null;
  var byMessageId = {};

  function $(id) { return document.getElementById(id); }

  function showError(text) {
    var el = $('error');
    el.textContent = text;
    el.hidden = !text;
  }

  function save() {
    try { localStorage.setItem(storageKey, JSON.stringify(state)); } catch (e) { /* private mode: no resume */ }
  }

  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(storageKey) || 'null');
      if (saved && saved.conversationId && saved.token) { return saved; }
    } catch (e) { /* corrupt entry: start afresh */ }
    return null;
  }

  function forget() {
    try { localStorage.removeItem(storageKey); } catch (e) { /* nothing stored */ }
    state = { conversationId: null, token: null, lastSeq: 0 };
  }

  function request(method, path, body) {
    var headers = { 'Accept': 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (state.token) { headers['X-Chat-Token'] = state.token; }
    return fetch(api + path, {
      method: method, headers: headers, credentials: 'omit', cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (response.status === 204) { return null; }
      return response.json().catch(function () { return null; }).then(function (json) {
        if (!response.ok) {
          var error = new Error((json && json.message) || ('HTTP ' + response.status));
          error.status = response.status;
          throw error;
        }
        return json;
      });
    });
  }

  var weekdays = ['日', '月', '火', '水', '木', '金', '土'];
  function formatOpening(iso) {
    // the API gives +09:00 times; show them as written, whatever the device's time zone
    var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso || '');
    if (!m) { return ''; }
    var day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDay();
    return (+m[2]) + '月' + (+m[3]) + '日(' + weekdays[day] + ') ' + m[4] + ':' + m[5];
  }

  function showAvailability(a) {
    var el = $('availability');
    el.classList.toggle('open', !!a.humanStaffed);
    if (a.humanStaffed) {
      el.textContent = 'いま相談員が対応できます';
    } else if (a.nextHumanOpening) {
      el.textContent = 'いまは相談時間外です。メッセージは受け付けます。次に相談員が対応できるのは ' +
        formatOpening(a.nextHumanOpening) + ' からです';
    } else if (!a.receiving) {
      el.textContent = 'いまは受付期間外です';
    } else {
      el.textContent = 'いまは相談時間外です';
    }
  }

  function buildIntake(intake) {
    document.title = intake.nameJa;
    $('contract-name').textContent = intake.nameJa;
    $('notice').textContent = intake.notice || '';
    var box = $('attributes');
    box.textContent = '';
    intake.attributes.forEach(function (attribute) {
      var field = document.createElement('div');
      field.className = 'field';
      var label = document.createElement('label');
      var id = 'attr-' + attribute.key;
      label.htmlFor = id;
      label.textContent = attribute.labelJa + (attribute.required ? '（必須）' : '');
      var input;
      if (attribute.options.length) {
        input = document.createElement('select');
        var none = document.createElement('option');
        none.value = '';
        none.textContent = attribute.required ? '選んでください' : '答えない';
        input.appendChild(none);
        attribute.options.forEach(function (o) {
          var option = document.createElement('option');
          option.value = o.code;
          option.textContent = o.labelJa;
          input.appendChild(option);
        });
      } else {
        input = document.createElement('input');
        input.type = 'text';
        input.maxLength = 100;
        input.autocomplete = 'off';
      }
      input.id = id;
      input.name = attribute.key;
      input.required = !!attribute.required;
      field.appendChild(label);
      field.appendChild(input);
      box.appendChild(field);
    });
  }

  function startConversation(event) {
    event.preventDefault();
    showError('');
    if (!$('consent').checked) {
      showError('個人情報の取り扱いに同意すると、相談をはじめられます。');
      $('consent').focus();
      return;
    }
    var attributes = {};
    Array.prototype.forEach.call($('attributes').querySelectorAll('select, input'), function (input) {
      if (input.value.trim()) { attributes[input.name] = input.value.trim(); }
    });
    $('start').disabled = true;
    request('POST', '/conversations', { attributes: attributes, consent: true }).then(function (opened) {
      state = { conversationId: opened.conversationId, token: opened.clientToken, lastSeq: 0 };
      save();
      (opened.replies || []).forEach(function (m) { renderMessage(m, null); });
      enterConversation();
    }).catch(function (e) {
      showError('はじめられませんでした。もう一度ためしてください。（' + e.message + '）');
    }).then(function () { $('start').disabled = false; });
  }

  function enterConversation() {
    $('intake').hidden = true;
    $('conversation').hidden = false;
    poll().then(connect);
    $('message-input').focus();
  }

  function messageElement(message) {
    var existing = byMessageId[message.id];
    if (existing) { return existing; }
    if (message.sender === 'CLIENT') {
      // the stream may bring the consulter's own message before the POST answers: adopt the pending bubble
      var pending = $('messages').querySelectorAll('.msg.pending[data-sender="CLIENT"]');
      for (var i = 0; i < pending.length; i++) {
        if (pending[i].querySelector('.text').textContent === message.text) {
          byMessageId[message.id] = pending[i];
          return pending[i];
        }
      }
    }
    var li = document.createElement('li');
    li.className = 'msg';
    li.dataset.sender = message.sender;
    var text = document.createElement('div');
    text.className = 'text';
    text.textContent = message.text;
    var time = document.createElement('time');
    time.dateTime = message.at;
    time.textContent = (message.at || '').substr(11, 5);
    li.appendChild(text);
    li.appendChild(time);
    byMessageId[message.id] = li;
    return li;
  }

  function renderMessage(message, seq) {
    var li = messageElement(message);
    li.classList.remove('pending', 'failed');
    if (seq !== null && seq !== undefined) { li.dataset.seq = String(seq); }
    if (!li.parentNode) { $('messages').appendChild(li); }
    li.scrollIntoView({ block: 'end' });
  }

  function renderStatus(text) {
    var li = document.createElement('li');
    li.className = 'status-line';
    li.textContent = text;
    $('messages').appendChild(li);
  }

  function handle(event) {
    if (event.seq <= state.lastSeq) { return; }
    state.lastSeq = event.seq;
    save();
    if (event.kind === 'MESSAGE' && event.message) {
      renderMessage(event.message, event.seq);
    } else if (event.kind === 'CLAIMED') {
      renderStatus('相談員がつながりました');
    } else if (event.kind === 'CLOSED') {
      renderStatus('相談は終わりました。また話したくなったら、いつでも書いてください。');
      forget();
      closeStream();
    }
  }

  function poll() {
    if (!state.conversationId) { return Promise.resolve(); }
    return request('GET', '/conversations/' + encodeURIComponent(state.conversationId) + '/events?after=' + state.lastSeq)
      .then(function (events) { events.forEach(handle); })
      .catch(function (e) {
        if (e.status === 404) {
          // the conversation is gone (erased, or the token no longer matches): start afresh
          forget();
          closeStream();
          location.reload();
        }
      });
  }

  function closeStream() {
    if (source) { source.close(); source = null; }
    if (pollTimer) { clearInterval(pollTimer); pollTimer = null; }
  }

  function connect() {
    if (!state.conversationId || source) { return; }
    if (!window.EventSource) { startPolling(); return; }
    var url = '/chat-events/' + encodeURIComponent(contract) + '/' + encodeURIComponent(state.conversationId) +
      '?token=' + encodeURIComponent(state.token) + '&after=' + state.lastSeq;
    source = new EventSource(url);
    source.addEventListener('chat', function (e) { handle(JSON.parse(e.data)); });
    source.onopen = function () {
      $('connection').hidden = true;
      if (pollTimer) { clearInterval(pollTimer); pollTimer = null; }
    };
    source.onerror = function () {
      $('connection').hidden = false;
      if (source && source.readyState === EventSource.CLOSED) {
        // the browser gave up (e.g. a proxy refused the stream): poll, and try the stream again later
        source = null;
        startPolling();
        setTimeout(connect, 30000);
      }
    };
  }

  function startPolling() {
    if (!pollTimer) { pollTimer = setInterval(poll, 3000); }
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  // the same clientMessageId on every attempt: the server stores a retried message once
  function deliver(text, clientMessageId, element, attempt) {
    return request('POST', '/conversations/' + encodeURIComponent(state.conversationId) + '/messages',
      { text: text, clientMessageId: clientMessageId }).then(function (received) {
      byMessageId[received.message.id] = element;
      element.classList.remove('pending');
      (received.replies || []).forEach(function (m) { renderMessage(m, null); });
      poll();
    }).catch(function (e) {
      var retryable = !e.status || e.status >= 500 || e.status === 429;
      if (retryable && attempt < 6) {
        return new Promise(function (resolve) { setTimeout(resolve, Math.min(1000 * Math.pow(2, attempt), 15000)); })
          .then(function () { return deliver(text, clientMessageId, element, attempt + 1); });
      }
      element.classList.add('failed');
      showError(e.status === 409 ? 'この相談は終わっています。ページを読み込み直してください。'
        : '送れませんでした。通信を確かめて、もう一度送ってください。');
    });
  }

  function send(event) {
    event.preventDefault();
    var input = $('message-input');
    var text = input.value;
    if (!text.trim()) { return; }
    showError('');
    input.value = '';
    var element = messageElement({ id: 'pending-' + newId(), sender: 'CLIENT', text: text, at: '' });
    element.classList.add('pending');
    $('messages').appendChild(element);
    element.scrollIntoView({ block: 'end' });
    deliver(text, newId(), element, 0);
  }

  function init() {
    $('intake-form').addEventListener('submit', startConversation);
    $('composer').addEventListener('submit', send);
    $('message-input').addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { send(e); }
    });
    request('GET', '/intake').then(function (intake) {
      buildIntake(intake);
      showAvailability(intake.availability);
      var saved = load();
      if (saved) {
        state = saved;
        state.lastSeq = 0; // render the whole conversation again after a reload
        enterConversation();
      } else {
        $('intake').hidden = false;
      }
    }).catch(function () {
      showError('いまは相談ページを表示できません。時間をおいて、もう一度ひらいてください。');
      $('availability').textContent = '';
    });
  }

  document.addEventListener('DOMContentLoaded', init);
}());
