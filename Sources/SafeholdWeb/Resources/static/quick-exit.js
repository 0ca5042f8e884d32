// Quick exit: blank the page, lock the vault, and replace this page with an ordinary website so that
// the browser's Back button does not return here. Works from the button and from pressing Shift
// three times within two seconds. Without this script the button still locks and leaves.
(function () {
  "use strict";
  var form = document.getElementById("quick-exit");
  if (!form) { return; }
  var destination = form.getAttribute("data-exit-url") || "about:blank";
  var leaving = false;

  function leave(event) {
    if (event) { event.preventDefault(); }
    if (leaving) { return; }
    leaving = true;
    document.title = "";
    document.body.replaceChildren();
    try {
      fetch("/exit", {
        method: "POST",
        body: new URLSearchParams(new FormData(form)),
        credentials: "same-origin",
        keepalive: true
      }).catch(function () {});
    } catch (ignored) {}
    window.location.replace(destination);
  }

  form.addEventListener("submit", leave);

  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift" || event.repeat) { return; }
    var now = Date.now();
    presses = presses.filter(function (time) { return now - time < 2000; });
    presses.push(now);
    if (presses.length >= 3) { leave(null); }
  });
})();
