// The host page's side of the form in an iframe: sets each form iframe to
// the height the form reports, so the customer never scrolls inside a frame.
// A classic script (no module needed), a few lines, no settings:
//
//   <iframe data-licenseform src="https://forms.example.com/" title="Order agent licenses"
//           style="width: 100%; border: 0"></iframe>
//   <script src="https://forms.example.com/embed/host.js" defer></script>
//
// (or copy this file to the host's own assets: it trusts nothing about where
// it is loaded from). A message is accepted only when it comes from the
// window of a marked iframe (event.source) AND from the origin of that
// iframe's src (event.origin), and only as {type: 'licenseform:height', height}.
(function () {
  'use strict';
  var MAX_HEIGHT = 100000;

  function originOf(iframe) {
    try {
      return new URL(iframe.getAttribute('src'), document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'licenseform:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
    var frames = document.querySelectorAll('iframe[data-licenseform]');
    for (var i = 0; i < frames.length; i += 1) {
      var iframe = frames[i];
      if (event.source === iframe.contentWindow && event.origin === originOf(iframe)) {
        iframe.style.height = Math.ceil(height) + 'px';
      }
    }
  });
}());
