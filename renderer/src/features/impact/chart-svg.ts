// ECharts' SSR renderer in the page: the same SVG the printed report gets (the backend's chart-svg.ts).
// The app's CSP forbids inline styles, so each SVG's style attributes and <style> rules become SVG
// presentation attributes before it is put on the page.
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { renderChartSvg, type ChartOption } from '../../../../shared/domain/impact-charts';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);

export const chartSvgText = (option: ChartOption, width: number, height: number): string => renderChartSvg(echarts, option, width, height);

const declarations = (css: string): [string, string][] =>
  css
    .split(';')
    .map((d) => d.split(':').map((s) => s.trim()))
    .flatMap(([name, ...value]) => (name && /^[a-z-]+$/.test(name) && value.length > 0 ? [[name, value.join(':')] as [string, string]] : []));
const asAttributes = (css: string): string => declarations(css.replace(/&quot;/g, "'")).map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`).join('');

/**
 * The SVG text with no inline style left, done on the text before it is parsed (parsing a style attribute
 * under the CSP is already a violation): `style="font-size:12px"` → `font-size="12px"`, and each `<style>`
 * class rule written onto the elements of that class.
 */
export function withoutInlineStyles(svgText: string): string {
  const rules = new Map<string, string>();
  let text = svgText.replace(/<style[^>]*>([\s\S]*?)<\/style>/g, (_all, css: string) => {
    for (const [, name, body] of css.matchAll(/\.([\w-]+)\s*\{([^}]*)\}/g)) if (name) rules.set(name, asAttributes(body ?? ''));
    return '';
  });
  text = text.replace(/ style="([^"]*)"/g, (_all, css: string) => asAttributes(css));
  return text.replace(/ class="([^"]*)"/g, (all, names: string) => `${all}${names.split(/\s+/).map((n) => rules.get(n) ?? '').join('')}`);
}

/** The chart as a node for the page, named for screen readers, scaling with its box. */
export function cspSafeSvg(svgText: string, label: string): SVGSVGElement | null {
  const svg = new DOMParser().parseFromString(withoutInlineStyles(svgText), 'image/svg+xml').documentElement;
  if (!(svg instanceof SVGSVGElement)) return null;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return svg;
}
