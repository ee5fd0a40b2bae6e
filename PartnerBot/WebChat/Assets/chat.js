/* PartnerBot: mounts Microsoft's Web Chat (window.WebChat) on the page or in the embed, and resumes the conversation after a reload. */
(function () {
  'use strict';

  var KEY_PREFIX = 'partnerbot.webchat:';
  var EXPIRED_TOKEN = 3;
  var CONNECTION_FAILED = 4;
  var CONNECTION_ENDED = 5;

  function storageKey(settings) { return KEY_PREFIX + settings.tokenUrl; }

  function load(settings) {
    try { return JSON.parse(window.sessionStorage.getItem(storageKey(settings)) || 'null'); } catch (e) { return null; }
  }

  function save(settings, session) {
    try { window.sessionStorage.setItem(storageKey(settings), JSON.stringify(session)); } catch (e) { /* private mode: no resume */ }
  }

  function forget(settings) {
    try { window.sessionStorage.removeItem(storageKey(settings)); } catch (e) { /* nothing stored */ }
  }

  function bearer(token) { return { Authorization: 'Bearer ' + token }; }

  // A stored conversation is resumed only if the channel still knows it; otherwise a new one starts.
  async function resume(session) {
    try {
      var refreshed = await fetch(session.domain + '/tokens/refresh', { method: 'POST', headers: bearer(session.token) });
      if (!refreshed.ok) { return null; }
      var token = (await refreshed.json()).token || session.token;
      var conversation = await fetch(session.domain + '/conversations/' + encodeURIComponent(session.conversationId), { headers: bearer(token) });
      if (!conversation.ok) { return null; }
      return Object.assign({}, session, { token: (await conversation.json()).token || token });
    } catch (e) {
      return null;
    }
  }

  async function begin(settings) {
    var response = await fetch(settings.tokenUrl, { method: 'POST' });
    if (!response.ok) { throw new Error('The token request failed with ' + response.status); }
    var body = await response.json();
    return { domain: body.domain, token: body.token, userId: body.userId || null, conversationId: null };
  }

  function notify(dispatch, settings, show) {
    // Dispatched after the current action: Web Chat's store does not take actions from inside a middleware call.
    window.setTimeout(function () {
      dispatch(show
        ? { type: 'WEB_CHAT/SET_NOTIFICATION', payload: { id: 'partnerbot-too-long', level: 'warn', message: settings.tooLong } }
        : { type: 'WEB_CHAT/DISMISS_NOTIFICATION', payload: { id: 'partnerbot-too-long' } });
    }, 0);
  }

  // The language the bot speaks can change in a conversation (the customer writes English on the German page): its replies say so
  // in their locale. What the customer writes keeps the page's locale, so that numbers are still read in the page's region.
  function spokenLocale(action) {
    var activity = action.payload && action.payload.activity;
    return activity && activity.from && activity.from.role === 'bot' && typeof activity.locale === 'string' ? activity.locale : null;
  }

  // Web Chat stamps its own locale on what it posts; the page's is put back on the way out.
  function postInPageLocale(directLine, settings) {
    var post = directLine.postActivity.bind(directLine);
    directLine.postActivity = function (activity) { return post(Object.assign({}, activity, { locale: settings.locale })); };
  }

  function createStore(settings, element, remember, onSpoken) {
    var tooLong = false;
    return window.WebChat.createStore({}, function (store) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && spokenLocale(action)) {
            var spoken = spokenLocale(action);
            window.setTimeout(function () { onSpoken(spoken); }, 0);
          }
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            remember();
            element.setAttribute('data-partnerbot-state', 'online');
          } else if (action.type === 'WEB_CHAT/SET_SEND_BOX') {
            var text = (action.payload && action.payload.text) || '';
            if ((text.length > settings.maxMessageLength) !== tooLong) {
              tooLong = !tooLong;
              notify(store.dispatch, settings, tooLong);
            }
          } else if (action.type === 'WEB_CHAT/SUBMIT_SEND_BOX' && tooLong) {
            notify(store.dispatch, settings, true);
            return undefined;
          }
          return next(action);
        };
      };
    });
  }

  function styleOptions(settings) {
    var options = {
      accent: settings.accentColor,
      backgroundColor: '#fffdf9',
      bubbleBackground: '#ffffff',
      bubbleBorderColor: '#eadfd3',
      bubbleBorderRadius: 14,
      bubbleFromUserBackground: settings.accentColor,
      bubbleFromUserTextColor: '#ffffff',
      bubbleFromUserBorderRadius: 14,
      bubbleFromUserBorderColor: settings.accentColor,
      sendBoxButtonColor: settings.accentColor,
      // Web Chat's default grey for timestamps and status (#767676) misses 4.5:1 on this background by a hair.
      subtle: '#5e5750',
      primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      rootHeight: '100%',
      rootWidth: '100%',
      // The bot reads text only and keeps no files, so the paperclip is not offered (a file sent anyway gets a friendly answer).
      hideUploadButton: true
    };
    if (settings.avatarUrl) {
      options.botAvatarImage = settings.avatarUrl;
    }
    options.botAvatarInitials = settings.avatarInitials;
    return options;
  }

  // Web Chat's components render no Markdown by themselves, and the bot writes Markdown (lists, emphasis, links; the customer's words
  // backslash-escaped in it). markdown-it with HTML off: a tag in any message shows as text and never becomes an element.
  // Only web, mail and phone links; no images (a bot message never needs one, and a remote one would track the visitor).
  var SAFE_LINK = /^(https?:|mailto:|tel:)/i;

  function createMarkdownRenderer() {
    if (typeof window.markdownit !== 'function') { return undefined; }
    var markdown = window.markdownit({ html: false, linkify: true, breaks: true, typographer: false });
    markdown.disable('image');
    markdown.validateLink = function (url) { return SAFE_LINK.test(String(url).trim()); };
    var renderToken = function (tokens, index, options, env, self) { return self.renderToken(tokens, index, options); };
    var linkOpen = markdown.renderer.rules.link_open || renderToken;
    markdown.renderer.rules.link_open = function (tokens, index, options, env, self) {
      tokens[index].attrSet('target', '_blank');
      tokens[index].attrSet('rel', 'noopener noreferrer');
      return linkOpen(tokens, index, options, env, self);
    };
    return function (text) { return markdown.render(typeof text === 'string' ? text : ''); };
  }

  var renderMarkdown = createMarkdownRenderer();

  var STREAM_URL_FRESH_MS = 60000;

  function freshStreamUrl(session, settings) {
    return settings.webSocket && session.conversationId && session.streamUrl && Date.now() - session.streamIssuedAt < STREAM_URL_FRESH_MS
      ? session.streamUrl
      : undefined;
  }

  // early: the conversation the embed started when the visitor clicked (a promise of a session), if any.
  async function mount(element, settings, early) {
    element.setAttribute('data-partnerbot-state', 'connecting');
    var stored = load(settings);
    var session = stored && stored.conversationId ? await resume(stored) : null;
    var resumed = !!session;
    if (!resumed && early) {
      try { session = await early; } catch (e) { session = null; }
    }
    if (!session) {
      forget(settings);
      try {
        session = await begin(settings);
      } catch (e) {
        element.setAttribute('data-partnerbot-state', 'failed');
        element.textContent = settings.unavailable;
        return null;
      }
    }

    var directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: session.domain,
      webSocket: settings.webSocket,
      conversationId: session.conversationId || undefined,
      // The conversation the click started came with its socket's address: DirectLineJS connects to it at once instead of asking
      // for the conversation again (only while that address is fresh; its token is short-lived).
      streamUrl: freshStreamUrl(session, settings),
      conversationStartProperties: { locale: settings.locale }
    });

    postInPageLocale(directLine, settings);

    // Kept only once the chat is open and connected; the token is the refreshed one DirectLineJS holds.
    function remember() {
      if (directLine.conversationId) {
        save(settings, { domain: session.domain, token: directLine.token, userId: session.userId, conversationId: directLine.conversationId });
      }
    }

    var renewing = false;
    var subscription = directLine.connectionStatus$.subscribe(function (status) {
      if (status === EXPIRED_TOKEN && !renewing) {
        renewing = true;
        renew();
      } else if ((status === CONNECTION_FAILED || status === CONNECTION_ENDED) && !renewing) {
        forget(settings);
        element.setAttribute('data-partnerbot-state', 'failed');
      }
    });
    function onPageHide() { if (load(settings)) { remember(); } }
    window.addEventListener('pagehide', onPageHide);
    var timer = window.setInterval(onPageHide, 60000);

    // A computer that slept past the token's lifetime: the server renews the token for the same conversation (within
    // WebChat:TokenMaxLifetime), and the chat is mounted again with its history instead of showing "unable to connect".
    async function renew() {
      var renewed = await resume({ domain: session.domain, token: directLine.token || session.token, userId: session.userId, conversationId: directLine.conversationId || session.conversationId });
      window.clearInterval(timer);
      window.removeEventListener('pagehide', onPageHide);
      subscription.unsubscribe();
      if (!renewed) {
        forget(settings);
        element.setAttribute('data-partnerbot-state', 'failed');
        return;
      }
      save(settings, renewed);
      try { directLine.end(); } catch (e) { /* already closed */ }
      host.remove();
      await mount(element, settings);
      element.setAttribute('data-partnerbot-renewed', 'true');
    }

    // Web Chat gets a host of its own per mount, so a renewed mount starts from a clean element.
    var host = document.createElement('div');
    host.style.height = '100%';
    element.appendChild(host);

    // Web Chat's own words (send box, buttons) and the chat's lang follow the language the bot speaks; rendered again into the same
    // host with the same store, the transcript stays.
    var shownLocale = null;
    var store = createStore(settings, element, remember, render);
    function render(locale) {
      if (!locale || !host.isConnected || locale.toLowerCase() === (shownLocale || '').toLowerCase()) { return; }
      shownLocale = locale;
      host.setAttribute('lang', locale);
      window.WebChat.renderWebChat({
        directLine: directLine,
        store: store,
        userID: session.userId || undefined,
        locale: locale,
        renderMarkdown: renderMarkdown,
        styleOptions: styleOptions(settings)
      }, host);
    }
    render(settings.locale);
    element.setAttribute('data-partnerbot-resumed', resumed ? 'true' : 'false');
    return directLine;
  }

  window.PartnerBotChat = { mount: mount, storageKey: storageKey, hasSession: function (settings) { return !!load(settings); } };

  var pageSettings = document.getElementById('partnerbot-settings');
  var pageChat = document.getElementById('partnerbot-chat');
  if (pageSettings && pageChat) {
    mount(pageChat, JSON.parse(pageSettings.textContent));
  }
})();
