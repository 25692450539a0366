#pragma once

#include "pages/page.h"
#include "statistics/statistics.h"

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace youfu::ui {

class StatChartView;
class StatTableModel;

// 统计: the year's statistics, a table and a chart each, with year and township filters;
// exported as xlsx (a sheet per table with its chart) and PDF, with progress and cancel.
class StatisticsPage : public Page
{
    Q_OBJECT
public:
    explicit StatisticsPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Statistics"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::Appraisal; }
    void refresh() override;

    // Reads the figures of the chosen year and township and fills every tab.
    void reload();
    // Writes the figures shown to `path` (.pdf → PDF, otherwise xlsx) with a progress dialog;
    // false (and the message shown) when it failed or was cancelled.
    bool exportTo(const QString& path);
    const core::YearStatistics& statistics() const { return m_stats; }
    // Tests: called with the progress dialog while an export runs (to press its Cancel).
    void setProgressHook(std::function<void(QWidget*)> hook) { m_progressHook = std::move(hook); }

private:
    void fillYears();
    void chooseExport(bool pdf);
    QString suggestedName(const QString& suffix) const;

    QComboBox* m_year = nullptr;
    QComboBox* m_township = nullptr;
    QPushButton* m_xlsx = nullptr;
    QPushButton* m_pdf = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_check = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<StatTableModel*> m_models;
    QList<StatChartView*> m_charts;
    core::YearStatistics m_stats;
    bool m_loading = false;
    std::function<void(QWidget*)> m_progressHook;
};

} // namespace youfu::ui
