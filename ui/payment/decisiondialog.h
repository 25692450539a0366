#pragma once

#include "common/result.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QPair>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace youfu::ui {

// The small dialogs of the 资金发放 page that take a decision, a date and a text and then act:
// signing a roll (approve / return / reject with the opinion), cancelling a roll (the reason),
// settling a recovery (the date and a note), writing one off (the reason). `act` does the
// write; when it fails its message shows in the dialog, which stays open.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        int decision = 0;
        QDate date;
        QString text;
    };
    using Act = std::function<core::Status(const Values&)>;

    DecisionDialog(const QString& title, const QString& subtitle, QWidget* parent = nullptr);

    // Adds the decision chooser (item text, value) — without it Values::decision is 0.
    void setDecisions(const QString& label, const QList<QPair<QString, int>>& decisions);
    void setDate(const QString& label, const QDate& date);
    // `required`: an empty text is refused with `missing`.
    void setText(const QString& label, bool required, const QString& missing = QString());
    void setAct(Act act) { m_act = std::move(act); }

    QComboBox* decisionBox() const { return m_decision; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    QComboBox* m_decision = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
    bool m_required = false;
    QString m_missing;
    Act m_act;
};

} // namespace youfu::ui
