// The chat's Web Chat: the official Web Chat's components (botframework-webchat-component, -core, -api) with the official
// Direct Line client, built by build.mjs into two minified production scripts (webchat-base.js, webchat.js). It defines only
// what chat.js uses, so the browser compiles and runs the chat and nothing else: no Adaptive Cards, no speech, no Direct Line
// Speech or App Service streaming.
import ReactWebChat from 'botframework-webchat-component';
import { createStore } from 'botframework-webchat-core';
import { DirectLine } from 'botframework-directlinejs/lib/directLine.js';
import markdownit from 'markdown-it';
import React from 'react';
import { createRoot } from 'react-dom/client';

// The same user agent Web Chat's own minimal bundle sends, so the channel sees a Web Chat.
const botAgent = 'WebChat/4.18.1 (Minimal)';

window.markdownit = markdownit;
window.WebChat = {
  createStore,
  createDirectLine: options => new DirectLine({ ...options, botAgent }),
  renderWebChat: (props, element) => createRoot(element).render(React.createElement(ReactWebChat, props))
};
