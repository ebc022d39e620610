// The chat page's script: sends questions as JSON and shows replies without reloading.
// Without it the page is a plain form and still works. Text is only ever set with
// textContent, never inserted as HTML.
'use strict';

(function () {
  const log = document.getElementById('log');
  const ask = document.getElementById('ask');
  const input = document.getElementById('text');
  const chips = document.getElementById('chips');
  const consentForm = document.getElementById('consent-form');
  const level = document.getElementById('level');
  const badge = document.getElementById('consent-now');
  const error = document.getElementById('error');
  let busy = false;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function item(kind, who) {
    const li = element('li', 'msg ' + kind);
    li.appendChild(element('span', 'who', who));
    log.appendChild(li);
    return li;
  }

  function revealLabel(spoiler) {
    return document.body.getAttribute('data-reveal-' + spoiler) || 'Spoiler: show';
  }

  function showConsent(consent) {
    badge.textContent = consent;
    level.value = consent;
  }

  function showChips(suggestions) {
    chips.replaceChildren();
    if (!suggestions || suggestions.length === 0) return;
    const row = element('div', 'chips-form');
    for (const text of suggestions) {
      const chip = element('button', 'chip', text);
      chip.type = 'button';
      chip.addEventListener('click', function () { send(text); });
      row.appendChild(chip);
    }
    chips.appendChild(row);
  }

  function showReply(reply) {
    const li = item('bot', 'Bot');
    for (const segment of reply.segments) {
      if (segment.spoiler && segment.spoiler !== 'none') {
        const details = element('details', 'spoiler');
        details.setAttribute('data-level', segment.spoiler);
        details.appendChild(element('summary', '', revealLabel(segment.spoiler)));
        details.appendChild(element('p', '', segment.text));
        li.appendChild(details);
      } else {
        li.appendChild(element('p', '', segment.text));
      }
    }
    if (reply.awaiting_consent) {
      const row = element('div', 'choices');
      const buttons = [];
      for (const [label, answer] of [['Yes', 'yes'], ['No', 'no']]) {
        const button = element('button', '', label);
        button.type = 'button';
        button.addEventListener('click', function () {
          buttons.forEach(function (b) { b.disabled = true; });
          send(answer);
        });
        buttons.push(button);
        row.appendChild(button);
      }
      li.appendChild(row);
      buttons[0].focus();
    }
    showConsent(reply.consent);
    showChips(reply.suggestions);
  }

  function showError(message) {
    error.textContent = message;
    error.hidden = false;
  }

  async function post(url, body) {
    if (busy) return;
    busy = true;
    error.hidden = true;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(body),
      });
      const data = await response.json();
      if (!response.ok) {
        showError(data.error || 'Something went wrong; try again.');
        return;
      }
      showReply(data);
    } catch (e) {
      showError('The bot could not be reached; try again.');
    } finally {
      busy = false;
    }
  }

  function send(text) {
    const li = item('user', 'You');
    li.appendChild(element('p', '', text));
    return post('/chat/messages', { text: text });
  }

  ask.addEventListener('submit', function (event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    send(text).then(function () {
      if (!log.lastElementChild || !log.lastElementChild.querySelector('.choices')) input.focus();
    });
  });

  consentForm.addEventListener('submit', function (event) {
    event.preventDefault();
    post('/chat/consent', { level: level.value });
  });

  // Forms the server rendered for a plain post (Yes/No, suggestions) answer in place too.
  document.addEventListener('submit', function (event) {
    const form = event.target;
    if (form === ask || form === consentForm) return;
    const submitter = event.submitter;
    if (!submitter || submitter.name !== 'text') return;
    event.preventDefault();
    form.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
    send(submitter.value);
  });
})();
