#pragma once

#include "app/session.h"
#include "township/publicity.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace youfu::ui {

// Records publicity (materials handed to a township, or a policy session) or corrects it.
class PublicityDialog : public QDialog
{
    Q_OBJECT
public:
    PublicityDialog(const Session& session, qint64 id, QWidget* parent = nullptr);
    qint64 savedId() const { return m_saved; }
    void accept() override;

private:
    void kindChanged();
    core::PublicityRecord collect() const;

    Session m_session;
    qint64 m_id = 0;
    qint64 m_saved = 0;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_township = nullptr;
    QLineEdit* m_title = nullptr;
    QSpinBox* m_copies = nullptr;
    QSpinBox* m_audience = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_error = nullptr;
    QFormLayout* m_form = nullptr;
};

} // namespace youfu::ui
