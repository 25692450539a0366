#pragma once

#include "app/session.h"
#include "report/officialdocument.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace youfu::ui {

// 座谈会: the year's symposiums (date, place, kind, title); record a new one or open one to
// edit it (SymposiumDialog), and print its minutes (纪要) through the print preview or save
// them as PDF. Recording needs Permission::RecordVisits; everyone else reads. A tab of the
// 走访慰问 page.
class SymposiumPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SymposiumPanel(Session& session, QWidget* parent = nullptr);

    void refresh();
    qint64 currentSymposiumId() const;
    bool selectSymposium(qint64 id); // in the year shown
    // The minutes of the chosen symposium, as “Print minutes” previews them.
    core::OfficialDocument minutes() const;
    QString minutesFileName() const;

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void newSymposium();
    void openSymposium();
    void print();
    void updateButtons();

    Session& m_session;
    bool m_canRecord = false;
    QSpinBox* m_year = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_print = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
