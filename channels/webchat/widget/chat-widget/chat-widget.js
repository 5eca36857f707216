/* SpeakUp chat widget: talks to the hub's chat API (docs/api.md) from the page it is embedded in.
 *
 * Safety: nothing persistent on the device. The session id (and what is needed to resume after a reload
 * in the same tab) is kept in sessionStorage only, and quick exit ("speakup:exit", fired by
 * exit-this-page.js) ends the session on the server and wipes it. No cookies, no localStorage.
 * Accessibility: messages are added to a role="log" region one by one (never re-rendered), so each is
 * announced once; "typing" is visual only, and a polite status speaks only when an answer is slow.
 * Every text comes from the catalogue in #speakup-config (widget/locales/en.json, translated); the
 * assistant's own words come from the API and are always shown with textContent, never as HTML.
 * Languages: the widget follows the conversation's language (the language control, or the hub's own
 * choice when someone writes in their language): its labels are swapped (applyTexts), the panel gets
 * that language's lang and dir, and every message carries its own lang and dir (WCAG 3.1.1, 3.1.2).
 */
(function () {
  "use strict";

  var STORE_KEY = "speakup-chat";
  var WARN_BEFORE_MS = 2 * 60 * 1000;
  var SLOW_MS = 6000;
  var RETRY_DELAYS = [2, 4, 8, 15, 30];
  var TEXT_SIZES = ["", "speakup-chat--text-large", "speakup-chat--text-largest"];

  var root = document.querySelector("[data-module='speakup-chat']");
  if (!root) {
    return;
  }
  var config = readConfig();
  var texts = config.texts || {};
  var T = texts.chat || {};
  var textsByLanguage = {};
  if (texts.code) {
    textsByLanguage[texts.code] = texts;
  }
  var API = (config.apiBase || "/api/chat") + "/sessions";

  var launcher = root.querySelector(".speakup-chat__launcher");
  var launcherText = root.querySelector(".speakup-chat__launcher-text");
  var panel = root.querySelector(".speakup-chat__panel");
  var who = root.querySelector("[data-chat-who]");
  var textSizeButton = root.querySelector("[data-chat-text-size]");
  var hideButton = root.querySelector("[data-chat-hide]");
  var log = root.querySelector("[data-chat-log]");
  var typing = root.querySelector("[data-chat-typing]");
  var status = root.querySelector("[data-chat-status]");
  var hiddenStatus = root.querySelector("[data-chat-hidden-status]");
  var alertBox = root.querySelector("[data-chat-alert]");
  var choices = root.querySelector("[data-chat-choices]");
  var choiceList = root.querySelector("[data-chat-choice-list]");
  var form = root.querySelector("[data-chat-form]");
  var input = root.querySelector("[data-chat-input]");
  var sendButton = root.querySelector("[data-chat-send]");
  var error = root.querySelector("[data-chat-error]");
  var languageSelect = root.querySelector("[data-chat-language]");
  var narrow = window.matchMedia ? window.matchMedia("(max-width: 47.99em)") : null;

  var state = loadState();
  var seen = {};
  var lastId = 0;
  var lastSender = null;
  var events = null;
  var pending = null;
  var starting = false;
  var ended = false;
  var exiting = false;
  var timers = { warn: null, expire: null, slow: null, retry: null, reconnect: null };

  // ---------------------------------------------------------------------------------------------
  // Storage: sessionStorage only, one key, wiped on quick exit and when the chat ends.

  function readConfig() {
    var element = document.getElementById("speakup-config");
    try {
      return element ? JSON.parse(element.textContent) : {};
    } catch (problem) {
      return {};
    }
  }

  function loadState() {
    try {
      var raw = window.sessionStorage.getItem(STORE_KEY);
      return raw ? JSON.parse(raw) || {} : {};
    } catch (problem) {
      return {};
    }
  }

  function saveState() {
    if (exiting) {
      return;
    }
    try {
      window.sessionStorage.setItem(STORE_KEY, JSON.stringify(state));
    } catch (problem) {
      /* Private browsing may refuse storage: the chat still works, it just cannot resume after a reload. */
    }
  }

  function forgetSession() {
    delete state.sessionId;
    delete state.expiresAt;
    delete state.idleSeconds;
    saveState();
  }

  function wipe() {
    try {
      window.sessionStorage.removeItem(STORE_KEY);
    } catch (problem) {
      /* nothing stored */
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Small helpers.

  function fill(template, values) {
    return String(template || "").replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  function newMessageId() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function sessionUrl(suffix) {
    return API + "/" + encodeURIComponent(state.sessionId) + (suffix || "");
  }

  /* Resolves {status, body}; rejects only when the network failed (no answer at all). */
  function call(method, url, body) {
    var options = { method: method, headers: { Accept: "application/json" }, credentials: "omit", cache: "no-store" };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return window.fetch(url, options).then(function (response) {
      if (response.status === 204) {
        return { status: 204, body: null };
      }
      return response.json().then(
        function (json) { return { status: response.status, body: json }; },
        function () { return { status: response.status, body: null }; }
      );
    });
  }

  function errorMessage(result) {
    return (result.body && result.body.error && result.body.error.message) || "";
  }

  function say(text) {
    // Clear first, then set on the next frame, so that the same text said twice is heard twice.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function clearTimer(name) {
    if (timers[name]) {
      window.clearTimeout(timers[name]);
      window.clearInterval(timers[name]);
      timers[name] = null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Opening and hiding the panel.

  function isOpen() {
    return !panel.hidden;
  }

  function show(moveFocus) {
    hiddenStatus.textContent = "";
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute("aria-expanded", "true");
    document.documentElement.classList.add("speakup-chat-open");
    state.open = true;
    saveState();
    updateInert();
    if (moveFocus) {
      input.focus();
    }
    scrollToEnd();
    if (!state.sessionId && !starting && !ended) {
      start();
    }
  }

  function hide() {
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute("aria-expanded", "false");
    document.documentElement.classList.remove("speakup-chat-open");
    state.open = false;
    saveState();
    updateInert();
    launcherText.textContent = state.sessionId ? T.launcherResume : T.launcher;
    launcher.focus();
  }

  /* On a narrow screen the open panel covers the whole page: the page behind is made inert so that
     focus can never land on something hidden under it (WCAG 2.4.11). On a wide screen the panel sits
     beside the page instead of over it. */
  function updateInert() {
    var covering = isOpen() && narrow && narrow.matches;
    var children = document.body.children;
    for (var i = 0; i < children.length; i++) {
      var child = children[i];
      if (child.contains(root) || child.hasAttribute("data-exit-this-page-announcer")) {
        continue;
      }
      if (covering) {
        child.setAttribute("inert", "");
        child.setAttribute("data-speakup-inert", "");
      } else if (child.hasAttribute("data-speakup-inert")) {
        child.removeAttribute("inert");
        child.removeAttribute("data-speakup-inert");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Messages.

  /* The newest message stays in view (unless the person has scrolled up to read), also when an alert
     or the choices take space from the log. On a short screen the whole panel scrolls instead. */
  var pinned = true;

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
    if (panel.scrollHeight > panel.clientHeight + 1) {
      panel.scrollTop = panel.scrollHeight;
    }
    pinned = true;
  }

  log.addEventListener("scroll", function () {
    pinned = log.scrollHeight - log.scrollTop - log.clientHeight < 24;
  });
  if (window.ResizeObserver) {
    var keepEndInView = new window.ResizeObserver(function () {
      if (pinned && isOpen()) {
        scrollToEnd();
      }
    });
    keepEndInView.observe(log);
    keepEndInView.observe(panel);
  }

  function senderLabel(sender) {
    return (T.senders && T.senders[sender]) || sender;
  }

  function addMessage(message) {
    if (message.id) {
      if (seen[message.id]) {
        return false;
      }
      seen[message.id] = true;
      lastId = Math.max(lastId, message.id);
    }
    var sender = ["person", "assistant", "handler", "system"].indexOf(message.sender) >= 0 ? message.sender : "system";
    var item = document.createElement("div");
    item.className = "speakup-msg speakup-msg--" + sender;
    if (message.id) {
      item.setAttribute("data-message-id", String(message.id));
    }
    var label = document.createElement("p");
    label.className = "speakup-msg__sender";
    if (sender === lastSender && sender !== "system") {
      label.classList.add("speakup-visually-hidden"); // still read out, not repeated on screen
    }
    label.textContent = senderLabel(sender) + (sender === "system" ? ": " : " ");
    var text = document.createElement("p");
    text.className = "speakup-msg__text";
    if (message.lang) {
      text.setAttribute("lang", message.lang); // screen readers read it in its own voice
    }
    text.setAttribute("dir", message.dir || "auto");
    text.textContent = message.text || "";
    item.appendChild(label);
    item.appendChild(text);
    if (message.buttons && message.buttons.length) {
      var hint = document.createElement("span");
      hint.className = "speakup-visually-hidden";
      hint.textContent = " " + T.choicesBelow;
      text.appendChild(hint);
    }
    log.appendChild(item);
    lastSender = sender;
    if (sender === "handler") {
      who.textContent = T.withHandler;
      who.classList.add("speakup-chat__who--person");
    } else if (sender === "assistant") {
      who.textContent = T.withAssistant;
      who.classList.remove("speakup-chat__who--person");
    }
    return true;
  }

  /* Adds what the hub answered, in order; the choices on offer are those of the last thing said. */
  function addMessages(messages, quiet) {
    var offered = null;
    var spoken = null;
    for (var i = 0; i < messages.length; i++) {
      var message = messages[i];
      if (addMessage(message) && message.sender !== "person") {
        offered = message.buttons || [];
        spoken = message.language || spoken;
      }
    }
    if (spoken && spoken !== currentLanguage()) {
      setLanguage(spoken); // the hub answers in another language now: the widget follows
    }
    if (offered !== null) {
      setChoices(offered);
      if (!isOpen() && !quiet) {
        // Hidden, the log says nothing: the launcher and a status outside the panel say it instead.
        launcherText.textContent = T.launcherNew;
        hiddenStatus.textContent = "";
        window.setTimeout(function () { hiddenStatus.textContent = T.newMessage; }, 50);
      }
    }
    scrollToEnd();
  }

  /* Adds a batch without announcing it (a reload's transcript is not news). */
  function addQuietly(messages) {
    log.setAttribute("aria-live", "off");
    addMessages(messages, true);
    window.setTimeout(function () { log.removeAttribute("aria-live"); }, 300);
  }

  function setChoices(buttons) {
    var hadFocus = choices.contains(document.activeElement);
    choiceList.textContent = "";
    buttons.forEach(function (button) {
      var element = document.createElement("button");
      element.type = "button";
      element.className = "speakup-chat__choice";
      element.setAttribute("dir", "auto");
      element.textContent = button.title;
      element.addEventListener("click", function () {
        sendMessage({ payload: button.payload }, button.title, true);
      });
      choiceList.appendChild(element);
    });
    choices.hidden = buttons.length === 0;
    if (hadFocus) {
      input.focus();
    }
  }

  function setBusy(busy) {
    input.readOnly = busy;
    sendButton.setAttribute("aria-disabled", busy ? "true" : "false");
    var buttons = choiceList.querySelectorAll("button");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-disabled", busy ? "true" : "false");
    }
    typing.hidden = !busy;
  }

  // ---------------------------------------------------------------------------------------------
  // Alerts and errors.

  function showError(text) {
    error.textContent = text;
    error.hidden = !text;
    input.setAttribute("aria-describedby", text ? "speakup-chat-hint speakup-chat-error" : "speakup-chat-hint");
    input.setAttribute("aria-invalid", text ? "true" : "false");
    if (!text) {
      input.removeAttribute("aria-invalid");
    }
  }

  /* A visible notice in the assertive alert region, with optional action buttons. */
  function showAlert(text, actions, kind) {
    alertBox.textContent = "";
    alertBox.className = "speakup-chat__alert" + (kind ? " speakup-chat__alert--" + kind : "");
    if (!text) {
      return;
    }
    var paragraph = document.createElement("p");
    paragraph.className = "speakup-chat__alert-text";
    paragraph.textContent = text;
    alertBox.appendChild(paragraph);
    (actions || []).forEach(function (action) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "speakup-chat__alert-action";
      button.textContent = action.label;
      button.addEventListener("click", action.run);
      alertBox.appendChild(button);
    });
  }

  function clearAlert() {
    showAlert("");
  }

  // ---------------------------------------------------------------------------------------------
  // Languages.

  function currentLanguage() {
    return texts.code || "en";
  }

  function lookup(key) {
    return key.split(".").reduce(function (value, part) {
      return value && typeof value === "object" ? value[part] : undefined;
    }, texts);
  }

  /* Puts every label of the widget in the language of `newTexts` (static labels are marked data-t). */
  function applyTexts(newTexts) {
    texts = newTexts;
    T = newTexts.chat || {};
    textsByLanguage[newTexts.code] = newTexts;
    root.setAttribute("lang", newTexts.lang);
    root.setAttribute("dir", newTexts.dir);
    root.querySelectorAll("[data-t]").forEach(function (element) {
      var value = lookup(element.getAttribute("data-t"));
      if (typeof value === "string") {
        element.textContent = value;
      }
    });
    root.querySelectorAll("[data-t-aria-label]").forEach(function (element) {
      var value = lookup(element.getAttribute("data-t-aria-label"));
      if (typeof value === "string") {
        element.setAttribute("aria-label", value);
      }
    });
    who.textContent = who.classList.contains("speakup-chat__who--person") ? T.withHandler : T.withAssistant;
    launcherText.textContent = state.sessionId ? T.launcherResume : T.launcher;
    languageSelect.value = newTexts.code;
    applyTextSize(false);
    state.language = newTexts.code;
    saveState();
  }

  /* The widget's labels in `code`, fetched once per language. */
  function setLanguage(code) {
    if (textsByLanguage[code]) {
      applyTexts(textsByLanguage[code]);
      return Promise.resolve(true);
    }
    return call("GET", (config.textsUrl || "/webchat/texts/") + encodeURIComponent(code) + ".json").then(function (result) {
      if (result.status === 200 && result.body) {
        applyTexts(result.body);
        return true;
      }
      return false;
    }, function () { return false; });
  }

  /* The person chose a language in the control: the hub says so in it, and the assistant carries on in it. */
  function chooseLanguage(code) {
    if (!state.sessionId) {
      setLanguage(code).then(function () {
        say(T.languageChanged);
      });
      return;
    }
    setBusy(true);
    call("PUT", sessionUrl("/language"), { language: code }).then(function (result) {
      setBusy(false);
      if (result.status !== 200 || !result.body) {
        languageSelect.value = currentLanguage();
        showError((result.body && result.body.error && result.body.error.message) || T.connectionLost);
        return;
      }
      setLanguage(code).then(function () {
        addMessages(result.body.messages || []);
        say(T.languageChanged);
      });
    }, function () {
      setBusy(false);
      languageSelect.value = currentLanguage();
      showError(T.connectionLost);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Starting, resuming and ending.

  function start() {
    starting = true;
    ended = false;
    clearAlert();
    setBusy(true);
    say(T.starting);
    var began = Date.now();
    // A language chosen before the chat started is the chat's from its first word.
    call("POST", API, state.language ? { language: state.language } : undefined).then(function (result) {
      starting = false;
      setBusy(false);
      if (result.status !== 201 || !result.body) {
        showAlert(T.startFailed, [{ label: T.retry, run: start }], "problem");
        return;
      }
      if (exiting) {
        return;
      }
      state.sessionId = result.body.session_id;
      state.idleSeconds = result.body.idle_timeout_seconds;
      extended(began);
      addMessages(result.body.messages || []);
      connectEvents();
    }, function () {
      starting = false;
      setBusy(false);
      showAlert(T.startFailed, [{ label: T.retry, run: start }], "problem");
    });
  }

  function resume() {
    call("GET", sessionUrl("/messages?after=0")).then(function (result) {
      if (result.status === 200 && result.body) {
        addQuietly(result.body.messages || []);
        scheduleTimeout();
        connectEvents();
        if (isOpen()) {
          say(T.resumed);
        }
      } else if (result.status === 404 || result.status === 410) {
        forgetSession();
        launcherText.textContent = T.launcher;
      }
    }, function () {
      showAlert(T.connectionLost, [{ label: T.tryNow, run: resume }], "problem");
    });
  }

  function endChat(text) {
    if (ended) {
      return;
    }
    ended = true;
    closeEvents();
    clearTimer("warn");
    clearTimer("expire");
    clearTimer("retry");
    forgetSession();
    if (pending) {
      pending = null;
      setBusy(false);
    }
    setChoices([]);
    typing.hidden = true;
    showAlert(text, [{ label: T.startNew, run: startAgain }], "ended");
  }

  function clearMessages() {
    var messages = log.querySelectorAll(".speakup-msg");
    for (var i = 0; i < messages.length; i++) {
      messages[i].parentNode.removeChild(messages[i]);
    }
  }

  function startAgain() {
    clearMessages();
    seen = {};
    lastId = 0;
    lastSender = null;
    who.textContent = T.withAssistant;
    who.classList.remove("speakup-chat__who--person");
    ended = false;
    showError("");
    clearAlert();
    input.focus();
    start();
  }

  // ---------------------------------------------------------------------------------------------
  // No silent timeouts: warn 2 minutes before the hub's idle timeout, and let the person stay.

  /* The hub extends the session to (its now + idle) when a request arrives, which is no earlier than
     `began` + idle on this device's clock: counting from `began` errs on the early side. */
  function extended(began) {
    state.expiresAt = began + (state.idleSeconds || 1800) * 1000;
    saveState();
    scheduleTimeout();
  }

  function scheduleTimeout() {
    clearTimer("warn");
    clearTimer("expire");
    if (!state.expiresAt || ended) {
      return;
    }
    var now = Date.now();
    var left = state.expiresAt - now;
    timers.warn = window.setTimeout(warnTimeout, Math.max(0, left - WARN_BEFORE_MS));
    timers.expire = window.setTimeout(function () {
      endChat(fill(T.timedOut, { minutes: Math.round((state.idleSeconds || 1800) / 60) }));
    }, Math.max(0, left));
  }

  function warnTimeout() {
    if (ended || pending) {
      return;
    }
    var minutes = Math.max(1, Math.ceil((state.expiresAt - Date.now()) / 60000));
    var wasHidden = !isOpen();
    if (wasHidden) {
      show(false);
    }
    showAlert(minutes === 1 ? T.timeoutWarningOne : fill(T.timeoutWarning, { minutes: minutes }),
      [{ label: T.keepOpen, run: keepAlive }], "warning");
    if (wasHidden) {
      // The panel was hidden (and may now cover the page): take the person straight to the choice.
      alertBox.querySelector("button").focus();
    }
  }

  function keepAlive() {
    var began = Date.now();
    call("POST", sessionUrl("/keepalive")).then(function (result) {
      if (result.status === 200) {
        extended(began);
        clearAlert();
        say(T.extended);
        input.focus();
      } else if (result.status === 404 || result.status === 410) {
        endChat(T.ended);
      }
    }, function () {
      showAlert(T.connectionLost, [{ label: T.keepOpen, run: keepAlive }], "problem");
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Sending, with safe retries (the same client_message_id) and nothing the person typed lost.

  function sendMessage(body, shown, fromChoice) {
    if (pending || ended || !state.sessionId) {
      return;
    }
    body.client_message_id = newMessageId();
    pending = { body: body, shown: shown, fromChoice: fromChoice, attempt: 0, told: null, inFlight: false };
    showError("");
    setBusy(true);
    clearTimer("slow");
    timers.slow = window.setTimeout(function () { say(T.slow); }, SLOW_MS);
    attempt();
  }

  function attempt() {
    var current = pending;
    // One request at a time: "Try again now" pressed while the timed retry is on its way adds none.
    if (!current || current.inFlight) {
      return;
    }
    current.inFlight = true;
    var began = Date.now();
    call("POST", sessionUrl("/messages"), current.body).then(function (result) {
      current.inFlight = false;
      if (pending !== current) {
        return;
      }
      if (result.status === 200) {
        delivered(current, result.body, began);
      } else if (result.status === 404 || result.status === 410) {
        finish();
        endChat(errorMessage(result) || T.ended);
      } else if (result.status >= 500) {
        // A 503 from SpeakUp (database_unavailable, shared_state_unavailable, conversation_busy: docs/api.md)
        // says it cannot take messages for a moment; anything else is told as a lost connection. Either way
        // nothing was stored, and the same id is kept once.
        retryLater(current, isUnavailable(result) ? "unavailable" : "offline");
      } else {
        finish();
        // 422 message_too_long, empty_message, not_a_choice, ...: say why, keep the text.
        showError(errorMessage(result) || fill(T.problem, { message: result.status }));
        input.focus();
      }
    }, function () {
      current.inFlight = false;
      if (pending === current) {
        retryLater(current, "offline");
      }
    });
  }

  function isUnavailable(result) {
    // SpeakUp's own 503s carry its JSON error; a proxy's 503 page does not, and is told as a lost connection.
    return result.status === 503 && !!result.body && !!result.body.error && !!result.body.error.code;
  }

  function finish() {
    pending = null;
    clearTimer("slow");
    clearTimer("retry");
    setBusy(false);
  }

  function delivered(current, body, began) {
    var hadProblem = alertBox.classList.contains("speakup-chat__alert--problem");
    finish();
    if (hadProblem) {
      clearAlert();
    }
    addMessage({ sender: "person", text: current.shown });
    if (!current.fromChoice) {
      input.value = "";
    }
    addMessages((body && body.messages) || []);
    extended(began);
    if (current.fromChoice || document.activeElement === document.body) {
      input.focus();
    }
  }

  /* `why`: "offline" (no answer, or a server error) or "unavailable" (SpeakUp cannot store messages now). */
  function retryLater(current, why) {
    var delay = RETRY_DELAYS[Math.min(current.attempt, RETRY_DELAYS.length - 1)];
    current.attempt += 1;
    clearTimer("slow");
    clearTimer("retry");
    var tryNow = function () {
      clearTimer("retry");
      attempt();
    };
    // Said once per reason (an alert), not counted down aloud; the same client_message_id makes retries safe.
    if (current.told !== why) {
      current.told = why;
      showAlert(why === "unavailable" ? T.unavailable : T.offline, [{ label: T.tryNow, run: tryNow }], "problem");
    }
    timers.retry = window.setTimeout(tryNow, delay * 1000);
  }

  // ---------------------------------------------------------------------------------------------
  // Messages pushed later (a call handler's), over server-sent events.

  function connectEvents() {
    closeEvents();
    if (!window.EventSource || !state.sessionId || ended) {
      return;
    }
    events = new window.EventSource(sessionUrl("/events?after=" + lastId));
    events.addEventListener("message", function (event) {
      try {
        addMessages([JSON.parse(event.data)]);
      } catch (problem) {
        /* a malformed event is skipped; the transcript still has it after a reload */
      }
    });
    events.addEventListener("ended", function () {
      endChat(T.ended);
    });
    events.onerror = function () {
      if (events && events.readyState === window.EventSource.CLOSED) {
        // The browser gave up (the hub answered with an error): find out whether the chat is over.
        closeEvents();
        clearTimer("reconnect");
        timers.reconnect = window.setTimeout(checkSession, 5000);
      }
    };
  }

  function checkSession() {
    if (!state.sessionId || ended) {
      return;
    }
    call("GET", sessionUrl("/messages?after=" + lastId)).then(function (result) {
      if (result.status === 404 || result.status === 410) {
        endChat(T.ended);
      } else {
        if (result.status === 200 && result.body) {
          addMessages(result.body.messages || []);
        }
        connectEvents();
      }
    }, function () {
      timers.reconnect = window.setTimeout(checkSession, 10000);
    });
  }

  function closeEvents() {
    if (events) {
      events.close();
      events = null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Quick exit: end the session on the server (surviving the navigation), and leave nothing behind.

  function onExit() {
    exiting = true;
    closeEvents();
    if (state.sessionId) {
      try {
        window.fetch(sessionUrl(""), { method: "DELETE", keepalive: true, credentials: "omit", cache: "no-store" });
      } catch (problem) {
        /* leaving matters more */
      }
    }
    state = {};
    wipe();
    clearMessages();
    choiceList.textContent = "";
    input.value = "";
  }

  // ---------------------------------------------------------------------------------------------
  // Text size (kept for this tab only).

  function applyTextSize(announce) {
    var size = state.textSize || 0;
    TEXT_SIZES.forEach(function (name) {
      if (name) {
        root.classList.remove(name);
      }
    });
    if (TEXT_SIZES[size]) {
      root.classList.add(TEXT_SIZES[size]);
    }
    var name = (T.textSizes || [])[size] || String(size);
    textSizeButton.textContent = fill(T.textSize, { size: name });
    if (announce) {
      say(fill(T.textSizeChanged, { size: name }));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Wiring.

  launcher.addEventListener("click", function () { show(true); });
  hideButton.addEventListener("click", hide);
  languageSelect.addEventListener("change", function () {
    chooseLanguage(languageSelect.value);
  });
  textSizeButton.addEventListener("click", function () {
    state.textSize = ((state.textSize || 0) + 1) % TEXT_SIZES.length;
    saveState();
    applyTextSize(true);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (pending) {
      return;
    }
    var text = input.value;
    if (!text.trim()) {
      showError(T.empty || "");
      input.focus();
      return;
    }
    sendMessage({ text: text }, text, false);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (typeof form.requestSubmit === "function") {
        form.requestSubmit();
      } else {
        form.dispatchEvent(new Event("submit", { cancelable: true }));
      }
    }
  });
  document.addEventListener("speakup:exit", onExit);
  if (narrow) {
    if (narrow.addEventListener) {
      narrow.addEventListener("change", updateInert);
    } else if (narrow.addListener) {
      narrow.addListener(updateInert);
    }
  }

  root.hidden = false;
  applyTextSize(false);
  if (state.language && state.language !== currentLanguage()) {
    setLanguage(state.language);
  }
  if (state.sessionId) {
    launcherText.textContent = T.launcherResume;
    if (state.open) {
      show(false);
    }
    resume();
  }
})();
