#pragma once

#include "app/session.h"
#include "township/zeroreport.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace youfu::ui {

class PersonChooser;

// 登记零报告 / 更正零报告: the township, the day, when and how it reached the section, who
// reported, and "nothing to report" or the items (what happened, the registry persons
// concerned, whether it became a case or a warning of the township). A new report, or the
// correction of one (township and day then stay). Read only without ManageTownships.
class ZeroReportDialog : public QDialog
{
    Q_OBJECT
public:
    // A new report (townshipCode and day preset when given).
    ZeroReportDialog(Session& session, const QString& townshipCode, const QDate& day,
                     QWidget* parent = nullptr);
    // An existing report: corrected, or only shown when `readOnly`.
    ZeroReportDialog(Session& session, const core::ZeroReport& report, bool readOnly,
                     QWidget* parent = nullptr);
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    void build();
    void fillLinks();
    void addItem();
    void removeItem();
    void showItems();
    void updateEnabled();
    core::ZeroReport collect() const;

    Session& m_session;
    core::ZeroReport m_report;
    bool m_readOnly = false;
    qint64 m_savedId = 0;
    QList<core::ZeroReportItem> m_items;

    QComboBox* m_township = nullptr;
    QDateEdit* m_day = nullptr;
    QDateTimeEdit* m_received = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_reporter = nullptr;
    QCheckBox* m_nothing = nullptr;
    QListWidget* m_itemList = nullptr;
    QLineEdit* m_summary = nullptr;
    PersonChooser* m_persons = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_link = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
