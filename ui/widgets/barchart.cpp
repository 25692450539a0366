#include "widgets/barchart.h"

#include <QFontMetrics>
#include <QPaintEvent>
#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace youfu::ui {

namespace {
constexpr int kMargin = 8;
constexpr int kTicks = 5;
} // namespace

BarChart::BarChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("barChart"));
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BarChart::setTitle(const QString& title)
{
    m_title = title;
    update();
}

void BarChart::setData(const QStringList& labels, const QList<int>& values)
{
    m_labels = labels;
    m_values = values;
    while (m_values.size() < m_labels.size())
        m_values.append(0);
    m_values.resize(m_labels.size());
    setAccessibleDescription(m_title);
    update();
}

QSize BarChart::sizeHint() const
{
    return QSize(360, 260);
}

QSize BarChart::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(fm.horizontalAdvance(QLatin1Char('0')) * 20, fm.height() * 8);
}

int BarChart::axisTop(int max, int* step)
{
    if (max <= 0) {
        if (step)
            *step = 1;
        return kTicks;
    }
    const double raw = double(max) / kTicks;
    double magnitude = 1;
    while (magnitude * 10 <= raw)
        magnitude *= 10;
    int s = int(magnitude);
    for (const int f : {1, 2, 5, 10}) {
        s = int(magnitude * f);
        if (s >= raw)
            break;
    }
    s = std::max(1, s);
    if (step)
        *step = s;
    return ((max + s - 1) / s) * s;
}

void BarChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QFontMetrics fm(font());
    const int lineH = fm.height();

    QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (!m_title.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(pal.text().color());
        p.drawText(QRect(area.left(), area.top(), area.width(), lineH),
                   Qt::AlignHCenter | Qt::AlignVCenter, m_title);
        p.setFont(font());
        area.setTop(area.top() + lineH + kMargin / 2);
    }
    if (m_labels.isEmpty()) {
        p.setPen(pal.placeholderText().color());
        p.drawText(area, Qt::AlignCenter, tr("No data"));
        return;
    }

    int step = 1;
    const int maxValue = *std::max_element(m_values.cbegin(), m_values.cend());
    const int top = axisTop(maxValue, &step);

    // The left axis: as wide as its widest tick text.
    const int axisTextW = fm.horizontalAdvance(QString::number(top)) + kMargin;
    // The labels: straight when every one fits its slot, else turned by 45° (room for the
    // longest one's diagonal).
    const int n = int(m_labels.size());
    const double slot = double(std::max(1, area.width() - axisTextW)) / n;
    int longest = 0;
    for (const QString& l : m_labels)
        longest = std::max(longest, fm.horizontalAdvance(l));
    const bool turned = longest + 4 > slot;
    // A turned first label reaches left of its bar, under the axis: leave it room.
    const int labelReach = turned ? int(longest * 0.71 - slot / 2) + fm.ascent() : 0;
    const int axisW = std::max(axisTextW, labelReach);
    const int labelH = turned ? int(longest * 0.71) + lineH : lineH + 2;
    const QRect plot(area.left() + axisW, area.top() + lineH, area.width() - axisW,
                     std::max(lineH, area.height() - labelH - lineH - 4));

    // Ticks and grid lines.
    QColor grid = pal.mid().color();
    grid.setAlpha(90);
    for (int v = 0; v <= top; v += step) {
        const int y = plot.bottom() - int(double(v) / top * plot.height());
        p.setPen(grid);
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(pal.text().color());
        p.drawText(QRect(area.left(), y - lineH / 2, axisW - kMargin / 2, lineH),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    p.setPen(pal.text().color());
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    const double drawSlot = double(std::max(1, plot.width())) / n;
    const QColor bar(0x2f, 0x6f, 0xb5);
    for (int i = 0; i < n; ++i) {
        const int x0 = plot.left() + int(i * drawSlot);
        const int barW = std::clamp(int(drawSlot * 0.6), 2, lineH * 3); // few bars stay slim
        const int x = x0 + int((drawSlot - barW) / 2);
        const int h = int(double(m_values.at(i)) / top * plot.height());
        const QRect r(x, plot.bottom() - h, barW, h);
        p.fillRect(r, bar);
        // The value just above the bar, centred on it; it may be wider than the bar.
        const QString value = QString::number(m_values.at(i));
        const int vw = fm.horizontalAdvance(value) + 4;
        p.setPen(pal.text().color());
        p.drawText(QRect(x + barW / 2 - vw / 2, r.top() - lineH - 1, vw, lineH), Qt::AlignCenter,
                   value);
        const QString& label = m_labels.at(i);
        if (!turned) {
            p.drawText(QRect(x0, plot.bottom() + 2, int(drawSlot), lineH), Qt::AlignCenter, label);
        } else {
            p.save();
            p.translate(x + barW / 2, plot.bottom() + fm.ascent() / 2 + 2);
            p.rotate(-45);
            p.drawText(QRect(-fm.horizontalAdvance(label) - 2, -lineH / 2,
                             fm.horizontalAdvance(label) + 2, lineH),
                       Qt::AlignRight | Qt::AlignVCenter, label);
            p.restore();
        }
    }
}

} // namespace youfu::ui
