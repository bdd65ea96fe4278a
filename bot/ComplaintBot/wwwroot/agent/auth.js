'use strict';

// How the console's pages sign their requests. With Entra ID (MSAL.js, loaded only then): a bearer token from
// acquireTokenSilent on every API call and on the event stream. With a local account: the sign-in cookie (and, in
// console.js, the antiforgery token on every POST). The event stream with a bearer token is read with fetch, because
// EventSource cannot send an Authorization header.
window.agentAuth = (function () {
  const signInPage = window.location.origin + '/agent/sign-in';
  const bridgePage = window.location.origin + '/agent/redirect';
  let options = null;
  let msalApp = null;

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error('Could not load ' + src + '.'));
      document.head.append(script);
    });
  }

  // The sign-in options; with Entra ID, MSAL.js ready and a returning sign-in redirect finished.
  async function init() {
    if (options) return options;
    options = await (await fetch('/agent/api/sign-in-options', { credentials: 'same-origin' })).json();
    if (options.entraId) {
      await loadScript('/lib/msal-browser.min.js');
      msalApp = new window.msal.PublicClientApplication({
        auth: { clientId: options.entraId.clientId, authority: options.entraId.authority, redirectUri: bridgePage },
        cache: { cacheLocation: 'sessionStorage' },
      });
      await msalApp.initialize();
      const result = await msalApp.handleRedirectPromise();
      const account = (result && result.account) || msalApp.getAllAccounts()[0];
      if (account) msalApp.setActiveAccount(account);
    }
    return options;
  }

  function usesEntra() { return Boolean(msalApp && msalApp.getActiveAccount()); }

  function tokenRequest() {
    return { scopes: [options.entraId.scope], account: msalApp.getActiveAccount(), redirectUri: signInPage };
  }

  function signInWithMicrosoft() {
    return msalApp.loginRedirect({ scopes: [options.entraId.scope], redirectUri: signInPage });
  }

  async function token() {
    try {
      return (await msalApp.acquireTokenSilent(tokenRequest())).accessToken;
    } catch (error) {
      if (error instanceof window.msal.InteractionRequiredAuthError) await msalApp.acquireTokenRedirect(tokenRequest());
      throw error;
    }
  }

  // The headers that sign a request: the bearer token with Entra ID; none with a local account (the cookie goes along).
  async function headers() { return usesEntra() ? { Authorization: 'Bearer ' + await token() } : {}; }

  function signOutOfMicrosoft() { return msalApp.logoutRedirect({ postLogoutRedirectUri: signInPage }); }

  // Server-sent events, one `event:` block at a time, from a fetch response body.
  async function readEvents(response, handlers) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value.replace(/\r\n?/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let type = 'message';
        const data = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) type = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
        if (handlers[type] && data.length > 0) handlers[type]({ data: data.join('\n') });
      }
    }
  }

  // Calls handlers[type]({ data }) for every event of `path`, reconnecting (with a fresh token) when the stream ends.
  function listen(path, handlers, onTrouble) {
    if (!usesEntra()) {
      const events = new EventSource(path);
      for (const [type, handle] of Object.entries(handlers)) events.addEventListener(type, handle);
      events.onerror = onTrouble;
      return;
    }
    (async function stream() {
      for (;;) {
        try {
          const response = await fetch(path, { headers: Object.assign({ Accept: 'text/event-stream' }, await headers()) });
          if (response.status === 401) {
            window.location.assign(signInPage);
            return;
          }
          if (response.ok) await readEvents(response, handlers);
        } catch {
          // The connection dropped or the token could not be renewed: try again below.
        }
        onTrouble();
        await new Promise((resolve) => { window.setTimeout(resolve, 3000); });
      }
    }());
  }

  return { init, usesEntra, signInWithMicrosoft, signOutOfMicrosoft, headers, listen };
}());
