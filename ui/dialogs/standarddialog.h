#pragma once

#include "app/session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace youfu::ui {

// A new line of the policy book (section chief). Lines are never edited: a new one with a
// later date supersedes the old.
class StandardDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StandardDialog(Session& session, QWidget* parent = nullptr);
    qint64 savedId() const { return m_savedId; }

private:
    void updateFields();
    void save();

    Session& m_session;
    QComboBox* m_item = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_grade = nullptr;
    QComboBox* m_nature = nullptr;
    QComboBox* m_residence = nullptr;
    QLineEdit* m_amount = nullptr;
    QDateEdit* m_from = nullptr;
    QLineEdit* m_basisNumber = nullptr;
    QLineEdit* m_basisTitle = nullptr;
    QLabel* m_error = nullptr;
    qint64 m_savedId = 0;
};

} // namespace youfu::ui
