// Frames the page paints while the camera zooms in, pans and zooms out over about two seconds;
// run by Selenium's execute_async_script (tests/test_viz_full_browser.py, benchmarks/full_view_bench.py).
const done = arguments[arguments.length - 1];
const camera = window.gbSigma.getCamera();
let frames = 0, renders = 0;
const count = () => { renders += 1; };
window.gbSigma.on("afterRender", count);
const start = performance.now();
const tick = () => {
  frames += 1;
  if (performance.now() - start < 2100) { requestAnimationFrame(tick); return; }
  window.gbSigma.off("afterRender", count);
  const seconds = (performance.now() - start) / 1000;
  done({fps: frames / seconds, renders: renders / seconds});
};
requestAnimationFrame(tick);
camera.animate({x: 0.35, y: 0.4, ratio: 0.25}, {duration: 700});
setTimeout(() => camera.animate({x: 0.65, y: 0.6, ratio: 0.25}, {duration: 700}), 700);
setTimeout(() => camera.animate({x: 0.5, y: 0.5, ratio: 1}, {duration: 700}), 1400);
