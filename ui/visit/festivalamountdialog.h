#pragma once

#include "app/session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace youfu::ui {

// 慰问金标准: the festival amount table with the basis document of each line; the section chief
// adds lines (a new line supersedes the old from its effective date; nothing is changed or
// deleted). Everyone else reads it.
class FestivalAmountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FestivalAmountDialog(Session& session, QWidget* parent = nullptr);
    bool addAmount();

private:
    void reload();

    Session& m_session;
    QTableWidget* m_table = nullptr;
    QComboBox* m_festival = nullptr;
    QComboBox* m_category = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    QDateEdit* m_from = nullptr;
    QLineEdit* m_basisNumber = nullptr;
    QLineEdit* m_basisTitle = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
