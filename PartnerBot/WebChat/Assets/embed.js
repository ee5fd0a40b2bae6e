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

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement('script');
      element.src = src;
      element.onload = resolve;
      element.onerror = reject;
      document.head.appendChild(element);
    });
  }

  function addStyle(settings) {
    var style = document.createElement('style');
    style.textContent =
      '.partnerbot-embed-button{position:fixed;right:20px;bottom:20px;z-index:2147483000;border:0;border-radius:999px;padding:14px 20px;' +
      'font:600 16px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#fff;background:' + settings.accentColor + ';' +
      'box-shadow:0 6px 20px rgba(0,0,0,.2);cursor:pointer}' +
      '.partnerbot-embed-panel{position:fixed;right:20px;bottom:84px;z-index:2147483000;width:min(380px,calc(100vw - 40px));' +
      'height:min(600px,calc(100vh - 120px));display:none;flex-direction:column;background:#fffdf9;border-radius:16px;overflow:hidden;' +
      'box-shadow:0 12px 40px rgba(0,0,0,.25);font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}' +
      '.partnerbot-embed-panel.partnerbot-open{display:flex}' +
      '.partnerbot-embed-title{padding:12px 16px;color:#fff;background:' + settings.accentColor + ';font-weight:600}' +
      '.partnerbot-embed-chat{flex:1;min-height:0}';
    document.head.appendChild(style);
  }

  function build(settings) {
    addStyle(settings);
    var panel = document.createElement('section');
    panel.className = 'partnerbot-embed-panel';
    panel.setAttribute('aria-label', settings.chatTitle);
    var title = document.createElement('div');
    title.className = 'partnerbot-embed-title';
    title.textContent = settings.chatTitle;
    var chat = document.createElement('div');
    chat.className = 'partnerbot-embed-chat';
    panel.appendChild(title);
    panel.appendChild(chat);

    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'partnerbot-embed-button';
    button.textContent = settings.openChat;
    button.setAttribute('aria-expanded', 'false');

    var mounted = null;
    function open() {
      panel.classList.add('partnerbot-open');
      button.textContent = settings.closeChat;
      button.setAttribute('aria-expanded', 'true');
      if (!mounted) {
        mounted = loadScript(base + '/webchat/webchat.js')
          .then(function () { return loadScript(base + '/webchat/chat.js'); })
          .then(function () { return window.PartnerBotChat.mount(chat, settings); })
          .catch(function () { chat.textContent = settings.unavailable; });
      }
    }

    function close() {
      panel.classList.remove('partnerbot-open');
      button.textContent = settings.openChat;
      button.setAttribute('aria-expanded', 'false');
    }

    button.addEventListener('click', function () { if (panel.classList.contains('partnerbot-open')) { close(); } else { open(); } });
    document.body.appendChild(panel);
    document.body.appendChild(button);

    // A visitor who had the chat open continues it after moving to another page of the site.
    try {
      if (window.sessionStorage.getItem('partnerbot.webchat:' + settings.tokenUrl)) { open(); }
    } catch (e) { /* no storage: no resume */ }
  }

  fetch(base + '/api/webchat/settings?lang=' + language)
    .then(function (response) { return response.json(); })
    .then(function (settings) {
      if (document.body) { build(settings); } else { document.addEventListener('DOMContentLoaded', function () { build(settings); }); }
    })
    .catch(function () { /* the chat stays hidden when the server is unreachable */ });
})();
