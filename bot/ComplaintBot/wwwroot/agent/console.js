'use strict';

// The agent console. Everything a customer wrote is put on the page with textContent only, never as HTML.
(function () {
  const $ = (id) => document.getElementById(id);
  const state = { csrf: null, agent: null, handoffId: null, reference: null, queue: [] };

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function showError(message) { $('action-error').textContent = message || ''; }

  async function api(path, options) {
    const init = Object.assign({ credentials: 'same-origin' }, options || {});
    init.headers = await window.agentAuth.headers();
    if (init.method && init.method !== 'GET') {
      if (state.csrf) init.headers[state.csrf.headerName] = state.csrf.token;
      if (init.body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(init.body);
      }
    }
    const response = await fetch('/agent/api' + path, init);
    if (response.status === 401) {
      window.location.assign('/agent/sign-in');
      throw new Error('Signed out.');
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.title || ('The server answered ' + response.status + '.'));
    }
    return response.status === 204 ? null : response.json();
  }

  async function act(action) {
    showError('');
    try { await action(); } catch (error) { showError(error.message); }
  }

  function waited(seconds) {
    const minutes = Math.floor(seconds / 60);
    return minutes > 0 ? minutes + ' min' : Math.floor(seconds) + ' s';
  }

  function renderQueue() {
    const list = $('queue');
    list.replaceChildren();
    for (const entry of state.queue) {
      const item = element('li');
      item.dataset.handoff = entry.id;
      if (entry.status === 'Accepted') item.classList.add('mine');
      if (entry.id === state.handoffId) item.classList.add('selected');
      if (entry.priority >= 3) item.append(element('span', 'urgent', 'flag urgent'));
      if (entry.isVip) item.append(element('span', 'VIP', 'flag vip'));
      if (entry.isFrequentContacter) item.append(element('span', 'frequent', 'flag'));
      item.append(element('strong', entry.complaintReference));
      item.append(element('div', entry.reason + ' · ' + entry.mood + ' · ' + entry.language + ' · ' + waited(entry.waitingSeconds)));
      if (entry.agentName) item.append(element('div', 'with ' + entry.agentName));
      item.addEventListener('click', () => act(() => openHandoff(entry.id)));
      list.append(item);
    }
  }

  async function refreshQueue() {
    state.queue = await api('/queue');
    renderQueue();
  }

  function line(speaker, agentName, text, className) {
    const item = element('li', null, className || speaker.toLowerCase());
    item.append(element('strong', (agentName || speaker) + ': '));
    item.append(document.createTextNode(text));
    $('transcript').append(item);
    item.scrollIntoView({ block: 'end' });
  }

  function renderPacket(packet) {
    const summary = packet.summary;
    state.reference = summary.reference;
    state.handoffId = packet.handoff ? packet.handoff.id : null;
    $('packet').hidden = false;
    $('packet-title').textContent = summary.reference + ' · ' + summary.status + ' · ' + summary.category;
    const facts = $('packet-facts');
    facts.replaceChildren();
    const rows = [
      ['Customer', packet.customer.name || packet.customer.userId],
      ['Language', summary.language],
      ['Priority', summary.priority + (packet.priorityReasons.length ? ' (' + packet.priorityReasons.join(', ') + ')' : '')],
      ['Wants', packet.desiredResolutionText || packet.desiredResolution],
      ['Contact', packet.contactRoute],
      ['Deadline', new Date(summary.deadline).toLocaleString()],
    ];
    for (const [name, value] of Object.entries(packet.facts || {})) rows.push([name, value]);
    if (packet.resolution) rows.push(['Resolution', packet.resolution]);
    for (const [name, value] of rows) {
      if (value === null || value === undefined || value === '') continue;
      facts.append(element('dt', name), element('dd', value));
    }
    $('packet-description').textContent = packet.description;
    $('packet-signals').replaceChildren(...packet.signals.map((s) => element('li', s.kind + ': ' + s.evidence)));
    $('packet-earlier').replaceChildren(...packet.earlierComplaints.map((c) => {
      const item = element('li', c.reference + ' · ' + c.status + ' · ' + c.category);
      item.addEventListener('click', () => act(() => openComplaint(c.reference)));
      return item;
    }));
    $('packet-history').replaceChildren(...packet.history.map((h) => element('li', new Date(h.at).toLocaleString() + ' · ' + h.status + ' · ' + h.actor + (h.note ? ': ' + h.note : ''))));
    $('transcript').replaceChildren();
    for (const entry of packet.transcript) line(entry.speaker, entry.agentName, entry.text);
    const handoff = packet.handoff;
    const mine = handoff && handoff.status === 'Accepted' && handoff.agentName === state.agent.name;
    $('accept').hidden = !(handoff && handoff.status === 'Waiting');
    for (const id of ['send-form', 'transfer-form', 'hand-back']) $(id).hidden = !mine;
    $('resolve-form').hidden = summary.status === 'Resolved' || summary.status === 'Closed';
    renderQueue();
  }

  async function openHandoff(id) { renderPacket(await api('/handoffs/' + encodeURIComponent(id))); }
  async function openComplaint(reference) { renderPacket(await api('/complaints/' + encodeURIComponent(reference))); }
  async function reopen() { if (state.reference) await openComplaint(state.reference); }

  async function listComplaints(event) {
    if (event) event.preventDefault();
    const query = new URLSearchParams();
    if ($('filter-status').value) query.set('status', $('filter-status').value);
    if ($('filter-category').value) query.set('category', $('filter-category').value);
    const complaints = await api('/complaints?' + query.toString());
    $('complaints').replaceChildren(...complaints.map((c) => {
      const item = element('li', c.reference + ' · ' + c.status + ' · ' + c.category + (c.customerName ? ' · ' + c.customerName : ''));
      item.addEventListener('click', () => act(() => openComplaint(c.reference)));
      return item;
    }));
  }

  function listen() {
    window.agentAuth.listen('/agent/api/events', {
      ready: () => { $('connection').textContent = 'live'; act(refreshQueue); },
      queue: (event) => {
        const entry = JSON.parse(event.data);
        act(async () => {
          await refreshQueue();
          if (entry.complaintReference === state.reference) await reopen();
        });
      },
      message: (event) => {
        const message = JSON.parse(event.data);
        if (message.complaintReference === state.reference) line(message.speaker, message.agentName, message.text);
      },
      note: (event) => {
        const note = JSON.parse(event.data);
        if (note.complaintReference === state.reference) line('Note', note.agentName, note.text, 'note');
      },
    }, () => { $('connection').textContent = 'reconnecting…'; });
  }

  async function signOut() {
    if (window.agentAuth.usesEntra()) {
      await window.agentAuth.signOutOfMicrosoft();
      return;
    }
    await api('/session', { method: 'DELETE' });
    window.location.assign('/agent/sign-in');
  }

  function onSubmit(id, handler) {
    $(id).addEventListener('submit', (event) => { event.preventDefault(); act(handler); });
  }

  async function start() {
    await window.agentAuth.init();
    state.agent = await api('/session');
    if (!window.agentAuth.usesEntra()) state.csrf = await (await fetch('/agent/api/antiforgery', { credentials: 'same-origin' })).json();
    $('agent-name').textContent = state.agent.name;
    const agents = await api('/agents');
    $('transfer-to').replaceChildren(...agents.filter((a) => a.name !== state.agent.name).map((a) => element('option', a.name)));

    $('accept').addEventListener('click', () => act(async () => { await api('/handoffs/' + state.handoffId + '/accept', { method: 'POST' }); await reopen(); }));
    onSubmit('send-form', async () => {
      const text = $('message').value;
      await api('/handoffs/' + state.handoffId + '/messages', { method: 'POST', body: { text } });
      $('message').value = '';
    });
    onSubmit('note-form', async () => {
      await api('/complaints/' + encodeURIComponent(state.reference) + '/notes', { method: 'POST', body: { text: $('note').value } });
      $('note').value = '';
    });
    onSubmit('transfer-form', async () => { await api('/handoffs/' + state.handoffId + '/transfer', { method: 'POST', body: { agentName: $('transfer-to').value } }); await reopen(); });
    $('hand-back').addEventListener('click', () => act(async () => { await api('/handoffs/' + state.handoffId + '/hand-back', { method: 'POST' }); await reopen(); }));
    onSubmit('resolve-form', async () => {
      await api('/complaints/' + encodeURIComponent(state.reference) + '/resolve', { method: 'POST', body: { text: $('resolution').value } });
      $('resolution').value = '';
      await reopen();
    });
    $('complaint-filter').addEventListener('submit', (event) => act(() => listComplaints(event)));
    $('sign-out').addEventListener('click', () => act(signOut));

    listen();
    window.setInterval(() => act(refreshQueue), 10000);
  }

  act(start);
}());
