// Import progress: sends the chosen file with XMLHttpRequest so the page can show how much has been
// sent, then says the export is being read and sealed, and opens the summary when it is ready.
// Without this script the form posts normally and the summary still appears.
(function () {
  "use strict";
  var form = document.getElementById("import-form");
  var box = document.getElementById("import-progress");
  if (!form || !box || !window.XMLHttpRequest || !window.FormData) { return; }
  var bar = document.getElementById("import-bar");
  var status = document.getElementById("import-status");

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (button) { button.disabled = true; }
    box.hidden = false;
    status.textContent = "Sending the file…";
    var request = new XMLHttpRequest();
    request.open("POST", form.getAttribute("action"));
    request.upload.addEventListener("progress", function (progress) {
      if (progress.lengthComputable) { bar.value = Math.floor(100 * progress.loaded / progress.total); }
    });
    request.upload.addEventListener("load", function () {
      bar.value = 100;
      status.textContent = "Reading and sealing the export. This can take a few minutes; keep this page open.";
    });
    request.addEventListener("load", function () {
      if (request.status === 200 && request.responseURL.indexOf("/import/summary/") !== -1) {
        window.location.assign(request.responseURL);
        return;
      }
      // An error page: show its words in place of the form (it is this app's own, escaped page).
      var page = new DOMParser().parseFromString(request.responseText, "text/html");
      var main = page.querySelector("main");
      var here = document.querySelector("main");
      if (main && here) { here.replaceChildren.apply(here, Array.prototype.slice.call(main.childNodes)); }
    });
    request.addEventListener("error", function () {
      status.textContent = "The file could not be sent. Nothing was changed. Reload the page and try again.";
      if (button) { button.disabled = false; }
    });
    request.send(new FormData(form));
  });
})();
