#include "statistics/statchartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace youfu::ui {

StatChartView::StatChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
    setChart(new QChart());
}

void StatChartView::setChartData(const core::ChartData& data)
{
    m_data = data;
    auto* chart = new QChart();
    chart->setTitle(data.title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max(10.0, titleFont.pointSizeF() * 1.1));
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    auto* categories = new QBarCategoryAxis();
    categories->append(data.categories);
    // 18 township names do not fit side by side: they stand upright.
    if (data.categories.size() > 8 && data.kind == core::ChartData::Kind::Bars)
        categories->setLabelsAngle(-90);
    auto* values = new QValueAxis();
    double max = 0;
    bool integral = true; // counts: no "2.0 persons" on the axis
    for (const core::ChartSeries& s : data.series) {
        for (double v : s.values) {
            max = std::max(max, v);
            integral = integral && std::fabs(v - std::round(v)) < 1e-9;
        }
    }
    // Counts step by whole numbers, at least 0–5 (a year without records shows 0, not 0.2…).
    values->setRange(0, integral ? std::max(5.0, std::ceil(max * 1.1)) : max > 0 ? max * 1.1 : 1);
    values->applyNiceNumbers();
    values->setLabelFormat(integral || max >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    values->setTitleText(data.unit);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);

    if (data.kind == core::ChartData::Kind::Bars) {
        auto* bars = new QBarSeries();
        for (const core::ChartSeries& s : data.series) {
            auto* set = new QBarSet(s.name);
            for (double v : s.values)
                set->append(v);
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(categories);
        bars->attachAxis(values);
    } else {
        for (const core::ChartSeries& s : data.series) {
            auto* line = new QLineSeries();
            line->setName(s.name);
            line->setPointsVisible(true);
            for (int i = 0; i < s.values.size(); ++i)
                line->append(i, s.values.at(i));
            chart->addSeries(line);
            line->attachAxis(categories);
            line->attachAxis(values);
        }
    }
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace youfu::ui
