namespace PartnerBot.Bench;

/// <summary>The script the greeting bench puts in the page before the embed's: the click's and the greeting's time on the page's clock.</summary>
internal static class GreetingProbe
{
    /// <summary>The bot's messages in Web Chat's transcript (the customer's own bubbles excluded).</summary>
    public const string BotBubbles = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content";

    // Set before the page's own scripts: the click's and the first bot message's time on the page's clock.
    public const string Script = """
        window.__greeting = {};
        document.addEventListener('click', function (e) {
          if (!window.__greeting.click && e.target.closest && e.target.closest('.partnerbot-embed-button')) { window.__greeting.click = performance.now(); }
        }, true);
        new MutationObserver(function () {
          if (window.__greeting.click && !window.__greeting.shown && document.querySelector('BUBBLES')) { window.__greeting.shown = performance.now(); }
          if (window.__greeting.click && !window.__greeting.transcript && document.querySelector('.webchat__basic-transcript')) { window.__greeting.transcript = performance.now(); }
        }).observe(document, { childList: true, subtree: true, characterData: true });
        // Milestones for PARTNERBOT_GREETING_DETAIL: when each script has run (its global appears) and when the socket opens and
        // brings its first message.
        ['WebChat', 'markdownit', 'PartnerBotChat'].forEach(function (name) {
          var value;
          Object.defineProperty(window, name, { configurable: true, get: function () { return value; }, set: function (v) { value = v; if (!window.__greeting['ran ' + name]) { window.__greeting['ran ' + name] = performance.now(); } } });
        });
        var NativeSocket = window.WebSocket;
        window.WebSocket = function (url, protocols) {
          var socket = protocols === undefined ? new NativeSocket(url) : new NativeSocket(url, protocols);
          window.__greeting['socket created'] = window.__greeting['socket created'] || performance.now();
          socket.addEventListener('open', function () { window.__greeting['socket open'] = window.__greeting['socket open'] || performance.now(); });
          socket.addEventListener('message', function () { window.__greeting['socket message'] = window.__greeting['socket message'] || performance.now(); });
          return socket;
        };
        window.WebSocket.prototype = NativeSocket.prototype;
        ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(function (k) { window.WebSocket[k] = NativeSocket[k]; });
        """;
}
