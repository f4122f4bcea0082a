// Charts with Apache ECharts: only line and bar charts, drawn as SVG. A bundle of its own
// ("charts"), loaded by the pages that draw charts, so that Today stays small. Legends and descriptions for screen
// readers are the page's own HTML.
import * as echarts from 'echarts/core';
import { LineChart, BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, GridComponent, SVGRenderer]);

/** Draws (or redraws) a chart into {@code element}; the app gives the colours (chart-data.js). */
export function draw(element, option) {
  const chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    textStyle: { color: '#1c2826', fontSize: 13 },
    grid: { left: 44, right: 16, top: 24, bottom: 32 },
    animation: false,
    ...option,
  }, true);
  if (!element.dataset.resizes) {
    element.dataset.resizes = 'yes';
    new ResizeObserver(() => chart.resize()).observe(element);
  }
  return chart;
}
