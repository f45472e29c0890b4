// ECharts' server-side SVG renderer: the same chart options as the staff screen, drawn into printouts.
// Loaded on first use, so starting the kiosk does not pay for it.
import type * as EchartsCore from 'echarts/core';
import { renderChartSvg, type ChartOption } from '../../../shared/domain/impact-charts';

type Echarts = typeof EchartsCore;
let loaded: Promise<Echarts> | null = null;

async function echartsCore(): Promise<Echarts> {
  loaded ??= (async () => {
    const core = await import('echarts/core');
    const { BarChart, LineChart } = await import('echarts/charts');
    const { GridComponent, LegendComponent, AriaComponent } = await import('echarts/components');
    const { SVGRenderer } = await import('echarts/renderers');
    core.use([BarChart, LineChart, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);
    return core;
  })();
  return loaded;
}

export async function chartSvg(option: ChartOption, width: number, height: number): Promise<string> {
  return renderChartSvg(await echartsCore(), option, width, height);
}
