// The support page's chat: the Bot Framework Web Chat widget talking to the bot's embedded Direct Line.
// A reload continues the same conversation while its token can still be refreshed (kept for this tab only).
(async function () {
  'use strict';

  const sessionKey = 'complaintbot.directline';
  const connected = 2;

  function showStatus(text) {
    const status = document.getElementById('status');
    status.textContent = text;
    status.hidden = false;
  }

  async function postJson(url, token) {
    const headers = token ? { Authorization: 'Bearer ' + token } : {};
    const response = await fetch(url, { method: 'POST', headers });
    if (!response.ok) {
      throw new Error(url + ' answered ' + response.status);
    }
    return response.json();
  }

  // DirectLineJS reads the user id from the token's "user" claim; Web Chat must use the same id.
  function userIdOf(token) {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload)).user;
  }

  async function resumeOrStart(domain) {
    const saved = JSON.parse(sessionStorage.getItem(sessionKey) || 'null');
    if (saved) {
      try {
        const refreshed = await postJson(domain + '/tokens/refresh', saved.token);
        return { conversationId: refreshed.conversationId, token: refreshed.token, resumed: true };
      } catch {
        sessionStorage.removeItem(sessionKey);
      }
    }
    const generated = await postJson(domain + '/tokens/generate');
    return { conversationId: generated.conversationId, token: generated.token, resumed: false };
  }

  try {
    const config = await (await fetch('chat/config')).json();
    document.title = config.companyName;
    document.getElementById('company-name').textContent = config.companyName;
    document.getElementById('company-avatar').textContent = config.avatarInitials;

    const domain = new URL(config.directLinePath, location.origin).href.replace(/\/$/, '');
    const session = await resumeOrStart(domain);
    const directLine = window.WebChat.createDirectLine(
      session.resumed
        ? { domain, token: session.token, conversationId: session.conversationId }
        : { domain, token: session.token });

    directLine.connectionStatus$.subscribe(status => {
      if (status === connected) {
        sessionStorage.setItem(sessionKey, JSON.stringify({ conversationId: session.conversationId, token: directLine.token || session.token }));
      }
    });
    window.addEventListener('pagehide', () => {
      if (sessionStorage.getItem(sessionKey)) {
        sessionStorage.setItem(sessionKey, JSON.stringify({ conversationId: session.conversationId, token: directLine.token || session.token }));
      }
    });

    window.WebChat.renderWebChat(
      {
        directLine,
        userID: userIdOf(session.token),
        locale: navigator.language,
        styleOptions: {
          accent: '#0f5fa8',
          botAvatarInitials: config.avatarInitials,
          botAvatarBackgroundColor: '#0f5fa8',
          userAvatarInitials: '',
          bubbleBorderRadius: 12,
          bubbleFromUserBackground: '#0f5fa8',
          bubbleFromUserTextColor: '#ffffff',
          bubbleFromUserBorderRadius: 12,
          hideUploadButton: true,
          suggestedActionLayout: 'flow',
          suggestedActionBorderRadius: 16,
          rootHeight: '100%'
        }
      },
      document.getElementById('webchat'));
    document.querySelector('#webchat > *')?.focus();
  } catch (error) {
    console.error(error);
    showStatus('The chat cannot be reached right now. Please try again in a moment.');
  }
})();
