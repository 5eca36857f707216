// SpeakUp staff console: live queue and live conversation over server-sent events, and sending
// messages without reloading the page. Served from 'self' only (the CSP allows no inline script).
"use strict";

(function () {
  const csrfToken = () => document.querySelector('meta[name="csrf-token"]').content;

  function say(region, text) {
    // Clearing first makes screen readers announce the same words again if they repeat.
    region.textContent = "";
    window.setTimeout(() => { region.textContent = text; }, 50);
  }

  // The queue -------------------------------------------------------------------------------------
  function liveQueue(container) {
    const announcer = document.getElementById("announcer");
    let known = new Set([...container.querySelectorAll("[data-id]")].map((el) => el.dataset.id));
    let mine = container.querySelectorAll("[data-mine]").length;
    const stream = new EventSource(container.dataset.stream);
    stream.addEventListener("queue", (message) => {
      const data = JSON.parse(message.data);
      const focusedId = document.activeElement && container.contains(document.activeElement) ? document.activeElement.id : null;
      // The HTML was rendered by the server's autoescaping templates: no text from a person is markup.
      container.innerHTML = data.html;
      if (focusedId && document.getElementById(focusedId)) {
        document.getElementById(focusedId).focus();
      }
      const arrivals = data.waiting.filter((entry) => !known.has(entry.id));
      known = new Set(data.waiting.map((entry) => entry.id));
      const said = arrivals.map((entry) => "New conversation waiting: " + entry.said + ".");
      if (data.mine > mine) {
        said.unshift("A conversation has been passed to you.");
      }
      mine = data.mine;
      if (said.length) {
        say(announcer, said.join(" "));
      }
    });
    stream.addEventListener("signed_out", () => { window.location.assign("/login"); });
  }

  // One conversation ------------------------------------------------------------------------------
  function appendMessage(log, message) {
    if (log.querySelector('[data-id="' + message.id + '"]')) {
      return;
    }
    const item = document.createElement("div");
    item.className = "message from-" + message.sender;
    item.dataset.id = String(message.id);
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = message.label;
    const time = document.createElement("time");
    time.dateTime = message.at;
    time.textContent = new Date(message.at).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
    const text = document.createElement("p");
    text.textContent = message.text;
    item.append(who, " ", time, text);
    log.append(item);
    log.scrollTop = log.scrollHeight;
    log.dataset.after = String(Math.max(Number(log.dataset.after || 0), message.id));
  }

  function liveConversation(log) {
    const status = document.getElementById("conversation-status");
    log.scrollTop = log.scrollHeight;
    const stream = new EventSource(log.dataset.stream + "?after=" + encodeURIComponent(log.dataset.after || "0"));
    stream.addEventListener("message", (event) => appendMessage(log, JSON.parse(event.data)));
    // The server sends `state` only when the conversation changed after this page was rendered.
    stream.addEventListener("state", (event) => {
      const state = JSON.parse(event.data);
      status.textContent = "";
      const text = document.createElement("span");
      text.textContent = state.status === "handler" ? "This conversation has changed hands. " :
        state.status === "closed" ? "This conversation is closed. " :
        state.waiting ? "This conversation is waiting for a person. " : "This conversation is back with the assistant. ";
      const reload = document.createElement("a");
      reload.href = window.location.pathname;
      reload.textContent = "Reload to see where it is now";
      status.append(text, reload);
    });
    stream.addEventListener("signed_out", () => { window.location.assign("/login"); });
  }

  function sendWithoutReload(form) {
    const box = form.querySelector("textarea");
    const problem = document.getElementById("send-error");
    const log = document.getElementById("transcript");
    form.querySelectorAll("[data-reply-text]").forEach((button) => {
      button.addEventListener("click", (event) => {
        // Prepared replies go into the box to be read and perhaps changed, not straight to the person.
        event.preventDefault();
        box.value = button.dataset.replyText;
        box.focus();
      });
    });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      problem.hidden = true;
      const button = form.querySelector('button[type="submit"]:not([name])');
      button.disabled = true;
      try {
        const response = await fetch(form.action, {
          method: "POST",
          headers: { "X-CSRF-Token": csrfToken(), "Accept": "application/json" },
          body: new URLSearchParams(new FormData(form)),
          credentials: "same-origin",
        });
        const body = await response.json().catch(() => ({}));
        if (response.ok) {
          appendMessage(log, body.message);
          box.value = "";
        } else {
          problem.textContent = (body.error && body.error.message) || "The message could not be sent. Please try again.";
          problem.hidden = false;
        }
      } catch (error) {
        problem.textContent = "The message could not be sent: the connection was lost. Please try again.";
        problem.hidden = false;
      } finally {
        button.disabled = false;
        box.focus();
      }
    });
    box.addEventListener("keydown", (event) => {
      // Enter sends, Shift+Enter starts a new line (as in most chat tools).
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const queue = document.getElementById("queue");
    if (queue && queue.dataset.stream) { liveQueue(queue); }
    const log = document.getElementById("transcript");
    if (log && log.dataset.stream) { liveConversation(log); }
    const form = document.getElementById("send-form");
    if (form) { sendWithoutReload(form); }
  });
})();
