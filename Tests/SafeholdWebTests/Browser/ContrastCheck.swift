import Foundation

extension BrowserPage {
    /// Visible text whose contrast with its background is below WCAG 2.2 AA (4.5:1, or 3:1 for large
    /// text), as "text (ratio)". The background is the nearest opaque one among the element and its
    /// ancestors; background images are not considered (the app has none).
    func lowContrastText() async throws -> [String] {
        let found = try await driver.execute(Self.contrastScript)
        return (found.array ?? []).compactMap(\.string)
    }

    private static let contrastScript = """
        function rgba(text) {
          const parts = text.match(/[\\d.]+/g) || [0, 0, 0, 0];
          return parts.map(Number).concat([1]).slice(0, 4);
        }
        function luminance([r, g, b]) {
          const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
          return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        }
        function background(element) {
          for (let e = element; e; e = e.parentElement) {
            const color = rgba(getComputedStyle(e).backgroundColor);
            if (color[3] > 0.5) return color;
          }
          return [255, 255, 255, 1];
        }
        const failures = [];
        for (const element of document.querySelectorAll('body *')) {
          const own = [...element.childNodes].some(n => n.nodeType === 3 && n.textContent.trim() !== '');
          if (!own || element.getClientRects().length === 0) continue;
          const style = getComputedStyle(element);
          if (style.visibility === 'hidden') continue;
          const a = luminance(rgba(style.color)), b = luminance(background(element));
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
          const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
          if (ratio < needed) failures.push(element.textContent.trim().slice(0, 40) + ' (' + ratio.toFixed(2) + ')');
        }
        return failures;
        """
}
