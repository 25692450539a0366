#include "report/chartpainter.h"

#include "report/reportfonts.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace youfu::core {

namespace {

// Calm colours that stay apart in print and on a grey-scale copy (light to dark).
const QList<QColor>& palette()
{
    static const QList<QColor> colours = {QColor(0x2a, 0x5d, 0x8f), QColor(0xc8, 0x5a, 0x2a),
                                          QColor(0x4e, 0x8f, 0x3a), QColor(0x8a, 0x4f, 0x9e),
                                          QColor(0xb8, 0x92, 0x1e), QColor(0x5a, 0x5a, 0x5a),
                                          QColor(0x3f, 0xa7, 0xb5), QColor(0xd4, 0x7f, 0xa6),
                                          QColor(0x8c, 0x6d, 0x3f), QColor(0x1f, 0x3a, 0x5a)};
    return colours;
}

// A "nice" step for an axis reaching `max` in about `ticks` steps (1, 2, 5 × 10^n).
double niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}

QString axisNumber(double v)
{
    if (std::fabs(v - std::round(v)) < 1e-9)
        return QString::number(qint64(std::llround(v)));
    return QString::number(v, 'f', 1);
}

} // namespace

void paintChart(QPainter& painter, const QRectF& rect, const ChartData& chart)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const ReportFonts& fonts = ReportFonts::installed();
    // Sizes follow the rectangle, so a chart reads the same on a page and in a small image.
    const double unit = rect.height() / 60.0;
    QFont titleFont = fonts.tableFont();
    titleFont.setPixelSize(std::max(6, int(unit * 3.2)));
    titleFont.setBold(true);
    QFont labelFont = fonts.tableFont();
    labelFont.setPixelSize(std::max(5, int(unit * 2.3)));
    painter.fillRect(rect, Qt::white);

    double top = rect.top() + unit;
    if (!chart.title.isEmpty()) {
        painter.setFont(titleFont);
        painter.setPen(Qt::black);
        const QRectF titleRect(rect.left(), top, rect.width(), unit * 4.5);
        painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignVCenter, chart.title);
        top = titleRect.bottom() + unit;
    }
    painter.setFont(labelFont);
    const QFontMetricsF fm(labelFont);

    // The legend, one line under the title, when there is more than one series.
    // Entries wrap onto more lines when they do not fit on one (ten categories of benefits).
    if (chart.series.size() > 1) {
        const double left = rect.left() + unit * 8;
        double x = left;
        for (int s = 0; s < chart.series.size(); ++s) {
            const QString& name = chart.series.at(s).name;
            const double entry = unit * 3 + fm.horizontalAdvance(name) + unit * 3;
            if (x > left && x + entry > rect.right() - unit * 2) {
                x = left;
                top += fm.height() + unit * 0.5;
            }
            const QColor colour = palette().at(s % palette().size());
            painter.fillRect(
                QRectF(x, top + (fm.height() - unit * 1.8) / 2, unit * 2.4, unit * 1.8), colour);
            x += unit * 3;
            painter.setPen(Qt::black);
            painter.drawText(QPointF(x, top + fm.ascent()), name);
            x += fm.horizontalAdvance(name) + unit * 3;
        }
        top += fm.height() + unit;
    }

    double max = 0;
    for (const ChartSeries& s : chart.series) {
        for (double v : s.values)
            max = std::max(max, v);
    }
    // Counts step by whole numbers: no "0.5 persons" on the axis.
    bool integral = true;
    for (const ChartSeries& s : chart.series) {
        for (double v : s.values)
            integral = integral && std::fabs(v - std::round(v)) < 1e-9;
    }
    const double step = integral ? std::max(1.0, niceStep(max, 5)) : niceStep(max, 5);
    double axisMax = std::max(step, std::ceil(max / step) * step);
    if (chart.kind == ChartData::Kind::Bars && max > axisMax * 0.9)
        axisMax += step; // room for the figure over the tallest bar

    // Category labels: horizontal when they fit, otherwise turned upright (18 township names).
    const int n = int(chart.categories.size());
    double longest = 0;
    for (const QString& c : chart.categories)
        longest = std::max(longest, fm.horizontalAdvance(c));
    const double valueLabelWidth = fm.horizontalAdvance(axisNumber(axisMax)) + unit * 2;
    const QRectF plot0(rect.left() + valueLabelWidth + unit * 2, top + unit * 2, 0, 0);
    const double plotWidth = rect.right() - unit * 2 - plot0.left();
    const double slot = n > 0 ? plotWidth / n : plotWidth;
    const bool upright = longest > slot * 0.95;
    // Chinese names standing upright read best as a column of upright characters (辕/门/口…),
    // as on a printed form; other text is turned.
    int longestChars = 0;
    int chars = 0;
    int cjk = 0;
    for (const QString& c : chart.categories) {
        longestChars = std::max(longestChars, int(c.size()));
        for (QChar ch : c) {
            ++chars;
            cjk += ch.unicode() >= 0x2e80 ? 1 : 0;
        }
    }
    const bool stacked = upright && cjk * 10 >= chars * 7; // mostly Chinese
    const double charStep = fm.height() * 0.92;
    const double labelHeight = stacked
                                   ? std::min(longestChars * charStep, rect.height() * 0.36) + unit
                               : upright ? std::min(longest, rect.height() * 0.3) + unit
                                         : fm.height() + unit;
    const QRectF plot(plot0.left(), plot0.top(), plotWidth,
                      rect.bottom() - unit - labelHeight - plot0.top());
    if (plot.height() <= 0 || plot.width() <= 0) {
        painter.restore();
        return;
    }

    // Grid and value axis.
    painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), std::max(0.5, unit * 0.1)));
    for (double v = 0; v <= axisMax + step / 2; v += step) {
        const double y = plot.bottom() - plot.height() * v / axisMax;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(rect.left(), y - fm.height() / 2, valueLabelWidth + unit, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, axisNumber(v));
        painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), std::max(0.5, unit * 0.1)));
    }
    if (!chart.unit.isEmpty()) {
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left(), plot.top() - fm.height() - unit,
                                valueLabelWidth + unit * 4, fm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, chart.unit);
    }
    painter.setPen(QPen(Qt::black, std::max(0.5, unit * 0.15)));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    // Category labels.
    painter.setPen(Qt::black);
    for (int i = 0; i < n; ++i) {
        const double cx = plot.left() + slot * (i + 0.5);
        const QString& label = chart.categories.at(i);
        if (stacked) {
            const int fits = std::max(1, int((labelHeight - unit) / charStep));
            QString shown = label.size() > fits ? label.left(fits - 1) + QChar(0x22ee) : label;
            for (int k = 0; k < shown.size(); ++k)
                painter.drawText(QRectF(cx - slot / 2, plot.bottom() + unit * 0.5 + k * charStep,
                                        slot, charStep),
                                 Qt::AlignHCenter | Qt::AlignVCenter, shown.mid(k, 1));
        } else if (upright) {
            painter.save();
            painter.translate(cx + fm.ascent() / 2 - fm.descent(), plot.bottom() + unit * 0.5);
            painter.rotate(90);
            painter.drawText(QRectF(0, -fm.ascent(), labelHeight, fm.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             fm.elidedText(label, Qt::ElideRight, labelHeight - unit));
            painter.restore();
        } else {
            painter.drawText(QRectF(cx - slot / 2, plot.bottom() + unit * 0.5, slot, fm.height()),
                             Qt::AlignHCenter | Qt::AlignTop, label);
        }
    }

    const int seriesCount = int(chart.series.size());
    for (int s = 0; s < seriesCount; ++s) {
        const ChartSeries& series = chart.series.at(s);
        const QColor colour = palette().at(s % palette().size());
        if (chart.kind == ChartData::Kind::Bars) {
            const double group = slot * 0.8;
            const double bar = seriesCount > 0 ? group / seriesCount : group;
            for (int i = 0; i < n && i < series.values.size(); ++i) {
                const double h = plot.height() * std::max(0.0, series.values.at(i)) / axisMax;
                const double x = plot.left() + slot * i + (slot - group) / 2 + bar * s;
                painter.fillRect(QRectF(x, plot.bottom() - h, bar * 0.92, h), colour);
                // The figure over its bar, where it fits (a few townships, channels, categories).
                const QString text = axisNumber(series.values.at(i));
                if (series.values.at(i) > 0 && fm.horizontalAdvance(text) <= bar * 1.1) {
                    painter.setPen(Qt::black);
                    painter.drawText(
                        QRectF(x - bar, plot.bottom() - h - fm.height(), bar * 2.92, fm.height()),
                        Qt::AlignHCenter | Qt::AlignBottom, text);
                }
            }
        } else {
            QPainterPath path;
            for (int i = 0; i < n && i < series.values.size(); ++i) {
                const QPointF pt(plot.left() + slot * (i + 0.5),
                                 plot.bottom() - plot.height() * series.values.at(i) / axisMax);
                if (i == 0)
                    path.moveTo(pt);
                else
                    path.lineTo(pt);
            }
            painter.setPen(QPen(colour, std::max(1.0, unit * 0.4)));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            painter.setBrush(colour);
            for (int i = 0; i < n && i < series.values.size(); ++i) {
                const QPointF pt(plot.left() + slot * (i + 0.5),
                                 plot.bottom() - plot.height() * series.values.at(i) / axisMax);
                painter.drawEllipse(pt, unit * 0.6, unit * 0.6);
            }
        }
    }
    painter.restore();
}

QImage chartImage(const ChartData& chart, double widthMm, double heightMm, int dpi)
{
    const QSize size(std::max(1, int(widthMm * dpi / 25.4)),
                     std::max(1, int(heightMm * dpi / 25.4)));
    QImage image(size, QImage::Format_RGB32);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    paintChart(painter, QRectF(QPointF(0, 0), QSizeF(size)), chart);
    painter.end();
    return image;
}

QByteArray chartPng(const ChartData& chart, double widthMm, double heightMm, int dpi)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    chartImage(chart, widthMm, heightMm, dpi).save(&buffer, "PNG");
    return bytes;
}

} // namespace youfu::core
