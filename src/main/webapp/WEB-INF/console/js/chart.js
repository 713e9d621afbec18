// The overview's chart, drawn by the page itself as inline SVG: authentications per minute, stacked by outcome.
// Colours come from console.css (classes series-…), so the SVG carries no style attribute.

const SVG = 'http://www.w3.org/2000/svg';
const KNOWN = ['ok', 'expired', 'invalid', 'revoked', 'missing', 'rate_limited'];
const CLOCK = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

function svg(tag, attributes = {}, ...children) {
    const element = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) {
        element.setAttribute(name, String(value));
    }
    for (const child of children) {
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
}

/** Outcomes in a stable order: the known ones first, then any other alphabetically. */
export function outcomeOrder(names) {
    const known = KNOWN.filter((name) => names.includes(name));
    const others = names.filter((name) => !KNOWN.includes(name)).sort();
    return [...known, ...others];
}

/** The CSS class that colours an outcome. */
export function seriesClass(name, order) {
    if (KNOWN.includes(name)) {
        return `series-${name}`;
    }
    const others = order.filter((other) => !KNOWN.includes(other));
    return `series-other-${others.indexOf(name) % 4}`;
}

function niceCeiling(max) {
    if (max <= 5) {
        return 5;
    }
    const magnitude = 10 ** Math.floor(Math.log10(max));
    for (const step of [1, 2, 2.5, 5, 10]) {
        if (step * magnitude >= max) {
            return step * magnitude;
        }
    }
    return 10 * magnitude;
}

function count(series, index) {
    const value = series ? series[index] : null;
    return typeof value === 'number' ? value : 0;
}

function observed(outcomes, names, index) {
    return names.some((name) => outcomes[name] && outcomes[name][index] !== null && outcomes[name][index] !== undefined);
}

/** Draws the chart into the container; returns the outcome names in drawing order. */
export function drawChart(container, authentications) {
    const minutes = (authentications && authentications.minutes) || [];
    const outcomes = (authentications && authentications.outcomes) || {};
    const names = outcomeOrder(Object.keys(outcomes));
    const width = 720;
    const height = 240;
    const left = 44;
    const right = 12;
    const top = 12;
    const bottom = 34;
    const plotWidth = width - left - right;
    const plotHeight = height - top - bottom;
    const totals = minutes.map((_, i) => names.reduce((sum, name) => sum + count(outcomes[name], i), 0));
    const ceiling = niceCeiling(Math.max(0, ...totals));
    const y = (value) => top + plotHeight - (value / ceiling) * plotHeight;
    const slot = minutes.length ? plotWidth / minutes.length : plotWidth;
    const barWidth = Math.max(2, slot * 0.7);
    const grand = totals.reduce((sum, total) => sum + total, 0);
    const byOutcome = names.map((name) => `${name} ${minutes.reduce((sum, _, i) => sum + count(outcomes[name], i), 0)}`);

    const root = svg('svg', {
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-labelledby': 'overview-chart-title overview-chart-desc',
        preserveAspectRatio: 'xMidYMid meet',
        'data-testid': 'overview-chart-svg',
    });
    root.append(svg('title', { id: 'overview-chart-title' }, 'Authentications per minute by outcome, last 15 minutes'));
    root.append(svg('desc', { id: 'overview-chart-desc' },
        `${grand} authentications in these ${minutes.length} minutes${byOutcome.length ? `: ${byOutcome.join(', ')}` : ''}.`));

    for (const tick of [0, ceiling / 2, ceiling]) {
        root.append(svg('line', { class: tick === 0 ? 'axis' : 'grid-line', x1: left, x2: width - right, y1: y(tick), y2: y(tick) }));
        root.append(svg('text', { x: left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, Number.isInteger(tick) ? tick : tick.toFixed(1)));
    }

    minutes.forEach((minute, i) => {
        const x = left + i * slot + (slot - barWidth) / 2;
        const start = new Date(minute);
        const label = Number.isNaN(start.getTime()) ? minute : CLOCK.format(start);
        const group = svg('g', { 'data-minute': minute });
        if (!observed(outcomes, names, i)) {
            group.append(svg('rect', { class: 'not-observed', x, y: top, width: barWidth, height: plotHeight },
                svg('title', {}, `${label}: not observed (before this instance started)`)));
        } else {
            let base = 0;
            for (const name of names) {
                const value = count(outcomes[name], i);
                if (value > 0) {
                    group.append(svg('rect', {
                        class: seriesClass(name, names), x, y: y(base + value), width: barWidth,
                        height: Math.max(1, y(base) - y(base + value)), 'data-outcome': name, 'data-count': value,
                    }, svg('title', {}, `${label}: ${name} ${value}`)));
                    base += value;
                }
            }
        }
        root.append(group);
        if (i % 3 === 0 || i === minutes.length - 1) {
            root.append(svg('text', { x: left + i * slot + slot / 2, y: height - bottom + 16, 'text-anchor': 'middle' }, label));
        }
    });
    container.replaceChildren(root);
    return names;
}
