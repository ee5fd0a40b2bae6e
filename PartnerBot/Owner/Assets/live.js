// The live dashboard: the "Wartet auf Sie" queue and one chat, kept current by Server-Sent Events (no polling).
// Loaded as a file of our own so the dashboard's Content-Security-Policy allows no inline script.
(function () {
  'use strict';

  var audio = null;

  function fill(text, value) {
    return String(text).replace('{0}', value);
  }

  function beep() {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      var tone = audio.createOscillator();
      var gain = audio.createGain();
      tone.frequency.value = 880;
      gain.gain.setValueAtTime(0.15, audio.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.4);
      tone.connect(gain).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.4);
    } catch (e) {
      // No sound where the browser allows none yet; the list still shows it.
    }
  }

  function notify(title, body, url) {
    if (!('Notification' in window) || Notification.permission !== 'granted') {
      return;
    }
    var shown = new Notification(title, { body: body, tag: url });
    shown.onclick = function () { window.focus(); window.location.href = url; };
  }

  function offerNotifications() {
    var button = document.getElementById('live-notify');
    if (!button || !('Notification' in window) || Notification.permission !== 'default') {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      Notification.requestPermission().then(function () { button.hidden = true; });
    });
  }

  function time(iso, lang) {
    return new Date(iso).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
  }

  function queuePage(root) {
    var list = document.getElementById('live-list');
    var empty = document.getElementById('live-empty');
    var known = {};
    list.querySelectorAll('li[data-id]').forEach(function (item) { known[item.dataset.id] = item.dataset.status; });

    function render(chat) {
      var item = list.querySelector('li[data-id="' + chat.id + '"]');
      var open = chat.status === 'waiting' || chat.status === 'held';
      if (!open) {
        if (item) { item.remove(); }
        delete known[chat.id];
      } else {
        if (!item) {
          item = document.createElement('li');
          item.dataset.id = chat.id;
          item.appendChild(document.createElement('a'));
          item.appendChild(document.createTextNode(' '));
          var note = document.createElement('span');
          note.className = 'muted small';
          item.appendChild(note);
          list.appendChild(item);
        }
        var link = item.querySelector('a');
        link.href = '/owner/live/chat/' + chat.id;
        link.textContent = chat.customer || root.dataset.tAnonymous;
        item.querySelector('span').textContent = chat.status === 'held'
          ? fill(root.dataset.tHeld, chat.holder || '')
          : fill(root.dataset.tWaiting, time(chat.requestedAt, root.dataset.lang));
        item.dataset.status = chat.status;
        if (chat.status === 'waiting' && known[chat.id] !== 'waiting') {
          beep();
          notify(root.dataset.tNotice, chat.customer || root.dataset.tAnonymous, link.href);
        }
        known[chat.id] = chat.status;
      }
      empty.hidden = list.children.length > 0;
    }

    var events = new EventSource(root.dataset.events);
    events.addEventListener('snapshot', function (e) {
      root.dataset.live = 'connected';
      var chats = JSON.parse(e.data);
      var ids = chats.map(function (c) { return c.id; });
      list.querySelectorAll('li[data-id]').forEach(function (item) {
        if (ids.indexOf(item.dataset.id) < 0) { item.remove(); delete known[item.dataset.id]; }
      });
      chats.forEach(render);
      empty.hidden = list.children.length > 0;
    });
    events.addEventListener('queue', function (e) { render(JSON.parse(e.data).chat); });
    offerNotifications();
  }

  function chatPage(root) {
    var lines = document.getElementById('live-lines');
    var typing = document.getElementById('live-typing');
    var status = document.getElementById('chat-status');
    var send = document.getElementById('live-send');
    var forms = {
      takeover: document.getElementById('live-takeover'),
      handback: document.getElementById('live-handback'),
      end: document.getElementById('live-end')
    };
    var typingTimer = null;
    var lastTyping = 0;

    function show(state, holder) {
      var mine = state === 'held' && holder === root.dataset.me;
      root.dataset.status = state;
      status.textContent = root.dataset['tStatus' + state.charAt(0).toUpperCase() + state.slice(1)] || state;
      send.hidden = !mine;
      forms.takeover.hidden = state !== 'waiting';
      forms.handback.hidden = !mine;
      forms.end.hidden = !(mine || state === 'waiting');
    }

    function add(who, text, fromCustomer) {
      var item = document.createElement('li');
      item.className = fromCustomer ? 'customer' : 'bot';
      var name = document.createElement('span');
      name.className = 'who';
      name.textContent = who;
      var body = document.createElement('span');
      body.className = 'text';
      body.textContent = text;
      item.appendChild(name);
      item.appendChild(document.createTextNode(' '));
      item.appendChild(body);
      lines.appendChild(item);
      item.scrollIntoView({ block: 'nearest' });
    }

    var events = new EventSource(root.dataset.events);
    events.addEventListener('snapshot', function () { root.dataset.live = 'connected'; });
    events.addEventListener('message', function (e) {
      var event = JSON.parse(e.data);
      var fromCustomer = event.who === 'customer';
      add(fromCustomer ? root.dataset.tCustomer : event.who === 'bot' ? root.dataset.tBot : event.who, event.text, fromCustomer);
      if (fromCustomer) {
        typing.textContent = '';
        if (document.hidden) {
          beep();
          notify(root.dataset.tCustomer, event.text, window.location.href);
        }
      }
    });
    events.addEventListener('typing', function () {
      typing.textContent = fill(root.dataset.tTyping, root.dataset.tCustomer);
      clearTimeout(typingTimer);
      typingTimer = setTimeout(function () { typing.textContent = ''; }, 4000);
    });
    events.addEventListener('queue', function (e) {
      var chat = JSON.parse(e.data).chat;
      if (chat.id === root.dataset.id) {
        show(chat.status, chat.holderId);
      }
    });

    function post(form, extra) {
      var data = new FormData(form);
      if (extra) { Object.keys(extra).forEach(function (k) { data.set(k, extra[k]); }); }
      return fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' } });
    }

    Object.keys(forms).concat(['send']).forEach(function (name) {
      var form = name === 'send' ? send : forms[name];
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        post(form).then(function (response) {
          if (response.status === 409) {
            typing.textContent = root.dataset.tTaken;
          } else if (response.ok && name === 'send') {
            form.querySelector('textarea').value = '';
          } else if (response.ok && (name === 'handback' || name === 'end')) {
            window.location.href = '/owner/live';
          }
        });
      });
    });

    send.querySelector('textarea').addEventListener('input', function () {
      var now = Date.now();
      if (now - lastTyping > 3000) {
        lastTyping = now;
        var url = send.action.replace('handler=Send', 'handler=Typing');
        var data = new FormData(send);
        fetch(url, { method: 'POST', body: data, credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' } });
      }
    });
    send.querySelector('textarea').addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        send.requestSubmit();
      }
    });
  }

  var queue = document.getElementById('live-queue');
  if (queue) { queuePage(queue); }
  var chat = document.getElementById('live-chat');
  if (chat) { chatPage(chat); }
}());
