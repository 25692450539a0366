#pragma once

#include "app/session.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace youfu::ui {

class BarChart;
class PetitionStatModel;

// 信访统计: cases received in a date range (this year by default) by month, channel, subject or
// township — cases, accepted on time, answered on time, satisfied, and the 合计 row — with a bar
// chart of the cases beside the table. The table exports to xlsx or CSV (one audit entry).
// A tab of the 信访 page.
class StatisticsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsPanel(Session& session, QWidget* parent = nullptr);

    void reload();
    PetitionStatModel* model() const { return m_model; }
    BarChart* chart() const { return m_chart; }
    // Writes the table shown to `path` (xlsx or CSV by its name); false and the error shown
    // when it could not.
    bool exportTo(const QString& path);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void exportTable();
    QString subtitle() const;

    Session& m_session;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_dimension = nullptr;
    PetitionStatModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    BarChart* m_chart = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace youfu::ui
