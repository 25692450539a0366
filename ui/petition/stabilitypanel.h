#pragma once

#include "app/session.h"

#include <QWidget>

class QLabel;
class QModelIndex;
class QTableView;

namespace youfu::ui {

class StabilityModel;

// 稳定形势: every township at a glance (WarningStore::stability), those needing most attention
// first, with a one-line summary above. A double-click (or Enter) on a township asks the page
// to show that township's cases. A tab of the 信访 page.
class StabilityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StabilityPanel(Session& session, QWidget* parent = nullptr);

    void reload();
    StabilityModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString summaryText() const;

Q_SIGNALS:
    void townshipActivated(const QString& code);

private:
    void activate(const QModelIndex& index);

    Session& m_session;
    QLabel* m_summary = nullptr;
    StabilityModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
