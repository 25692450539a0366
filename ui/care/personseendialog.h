#pragma once

#include "app/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace youfu::ui {

class PersonChooser;

// Records a registry person seen at a free clinic, with what the doctors found and what
// follows.
class PersonSeenDialog : public QDialog
{
    Q_OBJECT
public:
    PersonSeenDialog(const Session& session, qint64 clinicId, QWidget* parent = nullptr);
    PersonChooser* chooser() const { return m_person; }
    void accept() override;

private:
    Session m_session;
    qint64 m_clinicId = 0;
    PersonChooser* m_person = nullptr;
    QPlainTextEdit* m_finding = nullptr;
    QLineEdit* m_followUp = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
