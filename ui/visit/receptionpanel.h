#pragma once

#include "app/session.h"
#include "report/officialdocument.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace youfu::ui {

// 接访日: the month's roster of leaders on duty. Make every chosen weekday of the month with one
// leader, set a single day, let another leader take a day (the roster says whom they
// replaced), remove a day; print the month's roster for posting. A tab of the 走访慰问 page.
class ReceptionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReceptionPanel(Session& session, QWidget* parent = nullptr);

    void refresh();
    core::OfficialDocument roster() const; // what “Print roster” previews

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void generate();
    void setDay();
    void substitute();
    void removeDay();
    void print();
    bool report(const core::Status& status, const QString& done);

    Session& m_session;
    QSpinBox* m_year = nullptr;
    QComboBox* m_month = nullptr;
    QComboBox* m_weekday = nullptr;
    QDateEdit* m_day = nullptr;
    QLineEdit* m_leader = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_note = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
