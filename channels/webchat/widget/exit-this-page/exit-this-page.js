/* Leave this site quickly (after GOV.UK Frontend's "Exit this page" component).
 *
 * Any element with [data-exit-this-page] (a button-like link to the neutral page) leaves the site when
 * activated; so do Escape (as on the force's own site) and Shift pressed three times within 5 seconds
 * (other keys in between reset the count). Leaving:
 *   1. blanks the page at once (a class on <html> hides everything but a "Loading." overlay);
 *   2. fires "speakup:exit" on document, synchronously, so the chat can end its session on the server
 *      and wipe what it stored in this tab;
 *   3. replaces the page with the neutral one (location.replace), so Back does not return here.
 * It cannot erase the browser's history: the staying-safe-online page says so.
 */
(function () {
  "use strict";

  var SHIFT_PRESSES = 3;
  var SHIFT_WINDOW_MS = 5000;
  var config = readConfig();
  var texts = (config.texts && config.texts.exit) || {};
  var exitUrl = config.exitUrl || "/weather";
  var presses = 0;
  var pressTimer = null;
  var lastKeyWasModified = false;
  var leaving = false;

  function readConfig() {
    var element = document.getElementById("speakup-config");
    try {
      return element ? JSON.parse(element.textContent) : {};
    } catch (error) {
      return {};
    }
  }

  function announcer() {
    return document.querySelector("[data-exit-this-page-announcer]");
  }

  function announce(text) {
    var region = announcer();
    if (region) {
      region.textContent = text;
    }
  }

  function lights(count) {
    var all = document.querySelectorAll(".exit-this-page__indicator");
    for (var i = 0; i < all.length; i++) {
      var indicator = all[i];
      indicator.classList.toggle("exit-this-page__indicator--visible", count > 0);
      var bulbs = indicator.querySelectorAll(".exit-this-page__light");
      for (var j = 0; j < bulbs.length; j++) {
        bulbs[j].classList.toggle("exit-this-page__light--on", j < count);
      }
    }
  }

  function leave() {
    if (leaving) {
      return;
    }
    leaving = true;
    var root = document.documentElement;
    root.classList.add("exit-this-page--leaving");
    document.title = texts.loading || "Loading.";
    var overlay = document.createElement("div");
    overlay.className = "exit-this-page__overlay";
    overlay.setAttribute("role", "alert");
    overlay.textContent = texts.loading || "Loading.";
    document.body.appendChild(overlay);
    try {
      document.dispatchEvent(new CustomEvent("speakup:exit"));
    } catch (error) {
      /* Leaving matters more than anything the chat could not tidy up. */
    }
    window.location.replace(exitUrl);
  }

  function resetPresses(announceExpiry) {
    if (pressTimer) {
      window.clearTimeout(pressTimer);
      pressTimer = null;
    }
    if (presses > 0 && announceExpiry) {
      announce(texts.timedOut || "");
    }
    presses = 0;
    lights(0);
  }

  function onKeyUp(event) {
    var isShift = event.key === "Shift" || event.keyCode === 16;
    if (isShift && !lastKeyWasModified) {
      presses += 1;
      lights(presses);
      if (presses >= SHIFT_PRESSES) {
        resetPresses(false);
        leave();
        return;
      }
      var remaining = SHIFT_PRESSES - presses;
      announce(remaining === 1 ? texts.pressesRemainingOne : (texts.pressesRemaining || "").replace("{count}", remaining));
      if (!pressTimer) {
        pressTimer = window.setTimeout(function () {
          pressTimer = null;
          resetPresses(true);
        }, SHIFT_WINDOW_MS);
      }
    } else if (!isShift && presses > 0) {
      resetPresses(false);
    }
    // Shift released after a capital letter was typed is not a press of Shift on its own.
    lastKeyWasModified = !isShift && event.shiftKey;
  }

  function onKeyDown(event) {
    if (event.key === "Escape" || event.key === "Esc" || event.keyCode === 27) {
      if (event.isComposing) {
        return; // Escape cancels an input method's composition; it is not a request to leave.
      }
      event.preventDefault();
      leave();
      return;
    }
    var isShift = event.key === "Shift" || event.keyCode === 16;
    if (!isShift) {
      if (presses > 0) {
        resetPresses(false);
      }
      lastKeyWasModified = event.shiftKey;
    }
  }

  function onClick(event) {
    var target = event.target && event.target.closest ? event.target.closest("[data-exit-this-page]") : null;
    if (!target) {
      return;
    }
    event.preventDefault();
    leave();
  }

  // A link with role="button" must answer Space as a button does.
  function onButtonKey(event) {
    if (event.key !== " " && event.key !== "Spacebar") {
      return;
    }
    var target = event.target && event.target.closest ? event.target.closest("a[data-exit-this-page][role='button']") : null;
    if (target) {
      event.preventDefault();
      leave();
    }
  }

  document.addEventListener("keydown", onKeyDown, true);
  document.addEventListener("keyup", onKeyUp, true);
  document.addEventListener("keydown", onButtonKey);
  document.addEventListener("click", onClick);
  // If a browser ever restores this page from its back-forward cache after leaving, show nothing.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && leaving) {
      window.location.replace(exitUrl);
    }
  });

  window.SpeakUpExitThisPage = { leave: leave };
})();
