// Tells the host page how tall the embedded figure is, so its iframe can fit it.
// The host listens for { type: 'explainer-embed-height', height }; without a listener nothing happens.
const report = () =>
  parent.postMessage({ type: 'explainer-embed-height', height: document.documentElement.scrollHeight }, '*');
addEventListener('load', report);
new ResizeObserver(report).observe(document.body);
