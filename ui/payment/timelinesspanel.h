#pragma once

#include "app/session.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace youfu::ui {

class RecordTableModel;

// 及时足额: for a range of months, per township × category, what was owed, paid, paid on time
// (by the pay day), failed, held and still to recover, with the rates in %, and the 合计 row.
// Exports to xlsx or CSV (one audit entry, core/io/computedexport.h).
class TimelinessPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinessPanel(Session& session, QWidget* parent = nullptr);

    void reload();
    bool exportTo(const QString& path);
    RecordTableModel* model() const { return m_model; }
    const QList<QStringList>& lines() const { return m_lines; }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void exportTable();
    QString subtitle() const;

    Session& m_session;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QStringList m_headers;
    QList<QStringList> m_lines;
    RecordTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace youfu::ui
