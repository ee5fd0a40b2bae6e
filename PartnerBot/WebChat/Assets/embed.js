/*
  PartnerBot chat for any website. Paste before </body>:
    <script src="https://your-partnerbot.example/embed.js" async></script>
  Optional: data-lang="de" or "en" (default: the browser's language).
*/
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || window.PartnerBotEmbed) { return; }
  var base = script.src.replace(/\/embed\.js(\?.*)?$/, '');
  var requested = script.getAttribute('data-lang') || navigator.language || 'de';
  var language = requested.slice(0, 2).toLowerCase() === 'en' ? 'en' : 'de';
  window.PartnerBotEmbed = { base: base };

  // All at once, run in the order given (async=false): the downloads overlap, and each script finds the one before it.
  function loadScripts(sources) {
    return Promise.all(sources.map(function (src) {
      return new Promise(function (resolve, reject) {
        var element = document.createElement('script');
        element.src = src;
        element.async = false;
        element.onload = resolve;
        element.onerror = reject;
        document.head.appendChild(element);
      });
    }));
  }

  function addStyle(settings) {
    var style = document.createElement('style');
    var font = 'system-ui,-apple-system,"Segoe UI",Roboto,sans-serif';
    style.textContent =
      '.partnerbot-embed-button{position:fixed;right:20px;bottom:20px;z-index:2147483000;border:0;border-radius:999px;padding:14px 20px;' +
      'min-width:44px;min-height:44px;font:600 16px ' + font + ';color:#fff;background:' + settings.accentColor + ';' +
      'box-shadow:0 6px 20px rgba(0,0,0,.2);cursor:pointer}' +
      '.partnerbot-embed-panel{position:fixed;right:20px;bottom:84px;z-index:2147483000;width:min(380px,calc(100vw - 40px));' +
      'height:min(600px,calc(100vh - 120px));height:min(600px,calc(100dvh - 120px));display:none;flex-direction:column;background:#fffdf9;' +
      'border-radius:16px;overflow:hidden;box-shadow:0 12px 40px rgba(0,0,0,.25);font-family:' + font + ';color:#3b2f25}' +
      '.partnerbot-embed-panel.partnerbot-open{display:flex}' +
      '.partnerbot-embed-title{display:flex;align-items:center;gap:8px;padding:8px 8px 8px 16px;color:#fff;background:' + settings.accentColor + '}' +
      '.partnerbot-embed-title h2{flex:1;margin:0;font:600 16px ' + font + '}' +
      '.partnerbot-embed-close{min-width:32px;min-height:32px;border:0;border-radius:8px;background:transparent;color:#fff;font:600 22px/1 ' + font + ';cursor:pointer}' +
      '.partnerbot-embed-chat{flex:1;min-height:0}' +
      '.partnerbot-embed-footer{padding:4px 12px 8px;font:13px ' + font + ';color:#4a3c30;text-align:center}' +
      '.partnerbot-embed-footer a{color:#4a3c30;text-decoration:underline;display:inline-block;min-height:24px;line-height:24px}' +
      '.partnerbot-embed-panel :focus-visible,.partnerbot-embed-button:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}' +
      // On a phone the open chat takes the whole screen; its height follows the visual viewport (the on-screen keyboard).
      '@media (max-width:480px){.partnerbot-embed-panel{inset:0;right:0;bottom:0;width:100%;height:100%;height:100dvh;border-radius:0}' +
      '.partnerbot-embed-panel.partnerbot-open~.partnerbot-embed-button{display:none}}' +
      '@media (prefers-reduced-motion:reduce){.partnerbot-embed-panel,.partnerbot-embed-button{transition:none!important;animation:none!important}}';
    document.head.appendChild(style);
  }

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    a.target = '_blank';
    a.rel = 'noopener';
    return a;
  }

  function footer(settings) {
    var element = document.createElement('div');
    element.className = 'partnerbot-embed-footer';
    element.appendChild(document.createTextNode(settings.assistant + ' '));
    element.appendChild(link(settings.imprintUrl, settings.imprint));
    element.appendChild(document.createTextNode(' · '));
    element.appendChild(link(settings.privacyUrl, settings.privacy));
    return element;
  }

  // Web Chat renders its send box a moment after mounting: focus it as soon as it is there.
  function focusInput(chat) {
    var tries = 0;
    (function attempt() {
      var input = chat.querySelector('[data-id="webchat-sendbox-input"]');
      if (input) { input.focus(); return; }
      if (++tries < 200) { window.setTimeout(attempt, 25); }
    })();
  }

  function followKeyboard(panel) {
    var viewport = window.visualViewport;
    if (!viewport) { return; }
    viewport.addEventListener('resize', function () {
      panel.style.maxHeight = window.matchMedia('(max-width:480px)').matches ? viewport.height + 'px' : '';
    });
  }

  function build(settings) {
    addStyle(settings);
    var panel = document.createElement('section');
    panel.className = 'partnerbot-embed-panel';
    panel.id = 'partnerbot-embed-panel';
    panel.setAttribute('aria-label', settings.chatTitle);
    var title = document.createElement('div');
    title.className = 'partnerbot-embed-title';
    var heading = document.createElement('h2');
    heading.textContent = settings.chatTitle;
    var closeButton = document.createElement('button');
    closeButton.type = 'button';
    closeButton.className = 'partnerbot-embed-close';
    closeButton.setAttribute('aria-label', settings.closeChat);
    closeButton.textContent = '×';
    title.appendChild(heading);
    title.appendChild(closeButton);
    var chat = document.createElement('div');
    chat.className = 'partnerbot-embed-chat';
    panel.appendChild(title);
    panel.appendChild(chat);
    panel.appendChild(footer(settings));

    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'partnerbot-embed-button';
    button.textContent = settings.openChat;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', panel.id);

    var version = '?v=' + encodeURIComponent(settings.assetVersion || '');
    var scripts = (settings.scripts || []).map(function (name) { return base + '/webchat/' + name + version; });

    // Interest shown (pointer on the button, keyboard focus, a touch): the chat's static files load and run, nothing else (they
    // only define Web Chat; no request of theirs, nothing kept). The token, the conversation and anything kept in the browser
    // wait for the click.
    var loaded = null;
    function load() {
      if (!loaded) {
        loaded = loadScripts(scripts);
        loaded.catch(function () { loaded = null; });
      }
      return loaded;
    }
    ['pointerenter', 'pointerdown', 'focus', 'touchstart'].forEach(function (type) { button.addEventListener(type, load, { passive: true }); });

    function hasSession() {
      try { return !!window.sessionStorage.getItem('partnerbot.webchat:' + settings.tokenUrl); } catch (e) { return false; }
    }

    function json(response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    }

    function startConversation() {
      return fetch(settings.tokenUrl, { method: 'POST' }).then(json).then(function (issued) {
        return fetch(issued.domain + '/conversations', {
          method: 'POST',
          headers: { Authorization: 'Bearer ' + issued.token, 'Content-Type': 'application/json' },
          body: JSON.stringify({ locale: settings.locale })
        }).then(json).then(function (started) {
          return {
            domain: issued.domain, token: started.token || issued.token, userId: issued.userId || null, conversationId: started.conversationId,
            streamUrl: started.streamUrl || null, streamIssuedAt: Date.now()
          };
        });
      });
    }

    var mounted = null;
    function open(focus) {
      panel.classList.add('partnerbot-open');
      button.textContent = settings.closeChat;
      button.setAttribute('aria-expanded', 'true');
      if (!mounted) {
        // A new visitor's token and conversation are asked for while Web Chat's bundle loads, not after: the greeting is
        // waiting when Web Chat connects.
        var early = hasSession() ? null : window.fetch ? startConversation() : null;
        if (early) { early.catch(function () { /* mount starts over */ }); }
        mounted = load()
          .then(function () { return window.PartnerBotChat.mount(chat, settings, early); })
          .catch(function () { chat.textContent = settings.unavailable; });
      }
      if (focus) { mounted.then(function () { focusInput(chat); }); }
    }

    function close() {
      panel.classList.remove('partnerbot-open');
      button.textContent = settings.openChat;
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    }

    button.addEventListener('click', function () { if (panel.classList.contains('partnerbot-open')) { close(); } else { open(true); } });
    closeButton.addEventListener('click', close);
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' || event.key === 'Esc') { event.preventDefault(); close(); }
    });
    document.body.appendChild(panel);
    document.body.appendChild(button);
    followKeyboard(panel);

    // A visitor who had the chat open continues it after moving to another page of the site (without taking the focus).
    if (hasSession()) { open(false); }
  }

  fetch(base + '/api/webchat/settings?lang=' + language)
    .then(function (response) { return response.json(); })
    .then(function (settings) {
      if (document.body) { build(settings); } else { document.addEventListener('DOMContentLoaded', function () { build(settings); }); }
    })
    .catch(function () { /* the chat stays hidden when the server is unreachable */ });
})();
