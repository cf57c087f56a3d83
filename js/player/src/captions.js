// Captions along the animation: [{t, en, nb}] sorted by time.

/** Captions as [{t, en, nb}] sorted by time, from [{t, en, nb}] or [[t, {en, nb}]]. */
export function normaliseCaptions(captions) {
  const list = (captions || []).map((c) => (Array.isArray(c) ? { t: Number(c[0]), ...c[1] } : { ...c, t: Number(c.t) }));
  return list.filter((c) => Number.isFinite(c.t)).sort((a, b) => a.t - b.t);
}

/** The caption showing at time `t` in `language` ("" when none). */
export function captionAt(captions, t, language) {
  let found = null;
  for (const c of captions) if (c.t <= t + 1e-6) found = c;
  return found ? String(found[language] ?? found.en ?? "") : "";
}
