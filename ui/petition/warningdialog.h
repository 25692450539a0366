#pragma once

#include "app/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace youfu::ui {

class PersonChooser;

// Reports an early warning (苗头性信息): the day, the township, who reported it (one of the
// township's information staff, or a name), the group and the persons concerned, what is
// expected and when, the risk. Writes it on OK (one audit entry) and stays open on an error.
class WarningDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WarningDialog(Session& session, const QString& townshipCode = QString(),
                           QWidget* parent = nullptr);

    qint64 reportedId() const { return m_reported; }
    void accept() override;

    // The fields, for tests and the keyboard.
    QComboBox* townshipBox() const { return m_township; }
    QComboBox* reporterBox() const { return m_reporter; }
    QLineEdit* groupEdit() const { return m_group; }
    QLineEdit* expectedEdit() const { return m_expected; }
    QComboBox* riskBox() const { return m_risk; }
    PersonChooser* persons() const { return m_persons; }

private:
    void fillReporters();

    Session& m_session;
    QDateEdit* m_reportedOn = nullptr;
    QComboBox* m_township = nullptr;
    QComboBox* m_reporter = nullptr;
    QLineEdit* m_group = nullptr;
    PersonChooser* m_persons = nullptr;
    QLineEdit* m_expected = nullptr;
    QCheckBox* m_whenKnown = nullptr;
    QDateEdit* m_expectedOn = nullptr;
    QComboBox* m_risk = nullptr;
    QLabel* m_error = nullptr;
    qint64 m_reported = 0;
};

} // namespace youfu::ui
