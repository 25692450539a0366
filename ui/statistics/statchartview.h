#pragma once

#include "report/chartpainter.h"

#include <QChartView>

namespace youfu::ui {

// The chart of a statistics table on screen (Qt Charts): grouped bars by township or
// category, lines by month, with a legend and the unit on the value axis. Same data as the
// printed chart (core::StatisticsRules::chart).
class StatChartView : public QChartView
{
    Q_OBJECT
public:
    explicit StatChartView(QWidget* parent = nullptr);

    void setChartData(const core::ChartData& data);
    const core::ChartData& chartData() const { return m_data; }

private:
    core::ChartData m_data;
};

} // namespace youfu::ui
