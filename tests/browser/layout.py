"""What only a browser can show about layout: labels cut off, controls overlapping or outside their panel."""

from __future__ import annotations

LAYOUT_JS = """
() => {
  const problems = [];
  const visible = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0
    && getComputedStyle(e).visibility !== 'hidden'; };
  const name = (e) => (e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
    + ' "' + (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40) + '"');
  for (const root of document.querySelectorAll('.orderlab')) {
    if (!visible(root)) continue;
    const box = root.getBoundingClientRect();
    const controls = [...root.querySelectorAll('button, input, select, textarea, label')].filter(visible);
    for (const e of controls) {
      const r = e.getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1) {
        const where = `${Math.round(r.left)}..${Math.round(r.right)}`;
        const panel = `${Math.round(box.left)}..${Math.round(box.right)}`;
        problems.push('outside its panel: ' + name(e) + ` (${where} in ${panel})`);
      }
      if (e.tagName === 'BUTTON' && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)) {
        const size = `${e.scrollWidth}x${e.scrollHeight} in ${e.clientWidth}x${e.clientHeight}`;
        problems.push('label cut off: ' + name(e) + ` (content ${size})`);
      }
      if (e.tagName === 'LABEL' && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== 'visible') {
        problems.push('label cut off: ' + name(e));
      }
    }
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const a = controls[i], b = controls[j];
        if (a.contains(b) || b.contains(a)) continue;
        if ((a.control && a.control === b) || (b.control && b.control === a)) continue;
        const p = a.getBoundingClientRect(), q = b.getBoundingClientRect();
        const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (w > 2 && h > 2) problems.push('overlap: ' + name(a) + ' and ' + name(b));
      }
    }
  }
  return [...new Set(problems)];  // nested .orderlab boxes report a control once
}
"""


def layout_problems(page) -> list[str]:
    """Every cut-off button label, overlap and control outside its ``.orderlab`` panel on the page."""
    return page.evaluate(LAYOUT_JS)
